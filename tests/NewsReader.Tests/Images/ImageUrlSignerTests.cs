using System.Text;
using NewsReader.Images;

namespace NewsReader.Tests.Images;

public sealed class ImageUrlSignerTests
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef");
    private static readonly Uri Photo = new("https://photos.example/2026/council.jpg?width=1200&q=80");

    [Fact]
    public void TryOpen_WhatSignGave_TheUrl()
    {
        var (signature, encoded) = new ImageUrlSigner(Key).Sign(Photo)!.Value;

        Assert.True(new ImageUrlSigner(Key).TryOpen(signature, encoded, out var url));
        Assert.Equal(Photo.AbsoluteUri, url);
        Assert.Matches("^[A-Za-z0-9_-]+$", signature + encoded);
    }

    [Fact]
    public void Sign_SameKeyAndUrl_SameAddressEveryTime() =>
        Assert.Equal(new ImageUrlSigner(Key).Sign(Photo), new ImageUrlSigner(Key).Sign(Photo));

    [Fact]
    public void TryOpen_SignedWithAnotherKey_False()
    {
        var (signature, encoded) = new ImageUrlSigner(Encoding.ASCII.GetBytes("another key, another key, 32 by")).Sign(Photo)!.Value;

        Assert.False(new ImageUrlSigner(Key).TryOpen(signature, encoded, out _));
    }

    [Fact]
    public void TryOpen_UrlSwappedUnderSignature_False()
    {
        var signer = new ImageUrlSigner(Key);
        var (signature, _) = signer.Sign(Photo)!.Value;
        var (_, other) = signer.Sign(new Uri("http://169.254.169.254/latest/meta-data/"))!.Value;

        Assert.False(signer.TryOpen(signature, other, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("not base64!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void TryOpen_MissingOrForgedSignature_False(string signature)
    {
        var signer = new ImageUrlSigner(Key);
        var (_, encoded) = signer.Sign(Photo)!.Value;

        Assert.False(signer.TryOpen(signature, encoded, out _));
    }

    [Fact]
    public void TryOpen_OneCharacterOfSignatureChanged_False()
    {
        var signer = new ImageUrlSigner(Key);
        var (signature, encoded) = signer.Sign(Photo)!.Value;
        var tampered = signature[..^2] + (signature[^2] == 'A' ? 'B' : 'A') + signature[^1];

        Assert.False(signer.TryOpen(tampered, encoded, out _));
    }

    [Fact]
    public void Sign_UrlLongerThanLimit_Null() =>
        Assert.Null(new ImageUrlSigner(Key).Sign(new Uri("https://photos.example/" + new string('a', ImageUrlSigner.MaxUrlLength))));
}

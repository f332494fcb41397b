using System.Buffers.Binary;
using NewsReader.Sharing;
using SkiaSharp;

namespace NewsReader.Tests.Sharing;

public sealed class ShareCardRendererTests
{
    private const string Headline = "Trump Open to Meeting Kim Jong Un During Asia Trip";
    private const string SiteName = "NewsReader";
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly SKColor Background = new(0xFD, 0xFC, 0xF8);

    public static TheoryData<string> AwkwardHeadlines => new()
    {
        string.Join(' ', Enumerable.Range(1, 60).Select(i => $"word{i}")),
        new string('w', 300),
        "Before " + new string('m', 300) + " after",
        "",
        "   ",
        "東京で首脳会談、北朝鮮の金正恩氏と会う可能性 🎉🇯🇵 👩‍👩‍👧",
    };

    [Fact]
    public void RenderPng_Headline_IsA1200By630Png()
    {
        AssertIsCardPng(ShareCardRenderer.RenderPng(Headline, SiteName));
    }

    [Fact]
    public void RenderPng_SameInputTwice_IdenticalBytes()
    {
        Assert.Equal(ShareCardRenderer.RenderPng(Headline, SiteName), ShareCardRenderer.RenderPng(Headline, SiteName));
    }

    [Fact]
    public void RenderPng_DifferentHeadline_DifferentBytes()
    {
        Assert.NotEqual(ShareCardRenderer.RenderPng(Headline, SiteName), ShareCardRenderer.RenderPng(Headline + "!", SiteName));
    }

    [Theory]
    [MemberData(nameof(AwkwardHeadlines))]
    public void RenderPng_AwkwardHeadline_StillAValidCard(string headline)
    {
        AssertIsCardPng(ShareCardRenderer.RenderPng(headline, SiteName));
    }

    [Fact]
    public void RenderPng_ConcurrentCalls_AllMatchASerialRender()
    {
        var expected = ShareCardRenderer.RenderPng(Headline, SiteName);
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = ShareCardRenderer.RenderPng(Headline, SiteName));
        Assert.All(results, png => Assert.Equal(expected, png));
    }

    [Fact]
    public void RenderPng_Headline_MarginIsBackgroundAndHeadlineAreaIsInked()
    {
        using var bitmap = SKBitmap.Decode(ShareCardRenderer.RenderPng(Headline, SiteName));

        Assert.Equal(Background, bitmap.GetPixel(20, ShareCardRenderer.Height - 20));
        Assert.Equal(Background, bitmap.GetPixel(ShareCardRenderer.Width - 20, ShareCardRenderer.Height - 20));
        var inked = 0;
        for (var y = 160; y < ShareCardRenderer.Height - 80; y += 2)
        {
            for (var x = 80; x < ShareCardRenderer.Width - 80; x += 2)
            {
                if (bitmap.GetPixel(x, y) != Background)
                {
                    inked++;
                }
            }
        }

        Assert.True(inked > 1000, $"only {inked} sampled pixels in the headline area differ from the background");
    }

    [Fact]
    public void RenderPng_EmptyHeadline_HeadlineAreaIsBlank()
    {
        using var bitmap = SKBitmap.Decode(ShareCardRenderer.RenderPng("", SiteName));

        for (var y = 160; y < ShareCardRenderer.Height; y += 4)
        {
            for (var x = 0; x < ShareCardRenderer.Width; x += 4)
            {
                Assert.Equal(Background, bitmap.GetPixel(x, y));
            }
        }
    }

    private static void AssertIsCardPng(byte[] png)
    {
        Assert.True(png.Length > 33, "too short to hold a PNG header");
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        Assert.Equal(ShareCardRenderer.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(ShareCardRenderer.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}

using System.Text;
using BenchmarkDotNet.Attributes;
using NewsReader.Images;
using NewsReader.Ingestion;
using NewsReader.Parsing;

namespace NewsReader.Benchmarks;

/// <summary>
/// The ingestion step that gives remote pictures their proxy address, next to the parse it follows:
/// an article without a remote picture must cost next to nothing (no parse), one with pictures one
/// HTML parse and a signature each.
/// </summary>
[MemoryDiagnoser]
public class ImageRewriteBenchmarks
{
    private string _withoutImages = "";
    private string _withImages = "";

    /// <summary>Signs as the app's proxy does; the path shape is the web project's.</summary>
    internal sealed class SignedAddresses : IRemoteImageAddresses
    {
        private readonly ImageUrlSigner _signer = new(Encoding.ASCII.GetBytes("benchmark key, 32 bytes long...."));

        public string? AddressFor(Uri remote) => _signer.Sign(remote) is var (signature, encoded) ? $"/images/remote/{signature}/{encoded}" : null;
    }

    private readonly SignedAddresses _addresses = new();

    [GlobalSetup]
    public void Setup()
    {
        _withoutImages = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(SampleDocuments.Markdown(4 * 1024)), "a.md").Value!.BodyHtml;
        _withImages = _withoutImages + string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"<figure><img src=\"https://photos.example/2026/12/photo-{i}.jpg?w=1200\" alt=\"Photo {i}\" loading=\"lazy\"><figcaption>Caption {i}</figcaption></figure>"));
    }

    /// <summary>About 4 KB of Markdown HTML with links but no picture: the fast path.</summary>
    [Benchmark(Baseline = true)]
    public string? WithoutRemoteImages() => RemoteImageRewrite.Rewrite(_withoutImages, _addresses);

    /// <summary>The same with three remote figures: parsed, signed, serialised.</summary>
    [Benchmark]
    public string? WithThreeRemoteImages() => RemoteImageRewrite.Rewrite(_withImages, _addresses);
}

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Images;
using NewsReader.Ingestion;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

/// <summary>The loader gives remote pictures their final address as it parses: what it publishes is what pages show.</summary>
public sealed class RemoteImageIngestionTests : IDisposable
{
    private readonly TempFolder _seeds = new();

    private sealed class Proxied : IRemoteImageAddresses
    {
        public string? AddressFor(Uri remote) => "/images/remote/sig/" + remote.Host;
    }

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public async Task LoadAsync_MarkdownWithRemoteLeadImage_LeadImageHasAddressFromRule()
    {
        _seeds.Write("story.md", "---\ntitle: A story\nimage: https://photos.example/lead.jpg\n---\n\nText of the story.\n");
        using var loader = new SeedFolderLoader(
            Options.Create(new SeedsOptions { Path = _seeds.Path, SettleMilliseconds = 0 }), TimeProvider.System, NullLogger<SeedFolderLoader>.Instance, new Proxied());

        var report = await loader.LoadAsync(_seeds.Path, CancellationToken.None);

        Assert.Equal("/images/remote/sig/photos.example", report.Articles.Single().LeadImage);
    }
}

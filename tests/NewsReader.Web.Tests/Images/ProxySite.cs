using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Images;
using NewsReader.Web.Images;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Images;

/// <summary>
/// The app with one Markdown article per remote image, each naming it as its front-matter image:
/// at this commit the parser keeps a remote lead image (an absolute URL) but drops remote images
/// from bodies, and the lead image is enough for the proxy to count the address as named.
/// </summary>
public sealed class ProxySite : IDisposable
{
    private readonly NewsReaderFactory _factory;
    private readonly bool _ownsSeeds;

    public ProxySite(IEnumerable<Uri> images, IDictionary<string, string?>? settings = null, IRemoteHostPolicy? policy = null, SeedsFolder? seeds = null)
    {
        _ownsSeeds = seeds is null;
        Seeds = seeds ?? new SeedsFolder();
        var number = 0;
        foreach (var image in images)
        {
            number++;
            Seeds.With($"photo-{number:000}.md", $"---\ntitle: Photo story {number}\nimage: {image}\n---\n\nThe council met on Tuesday about photo {number}.\n");
        }

        _factory = new NewsReaderFactory(Seeds, settings);
        Factory = policy is null ? _factory : _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(policy)));
        Client = Factory.CreateClient();
    }

    public SeedsFolder Seeds { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public CollectingSink Logs => _factory.Logs;

    public Uri AddressFor(Uri remote) =>
        new(Factory.Services.GetRequiredService<IRemoteImageAddresses>().AddressFor(remote)!, UriKind.Relative);

    public Task<HttpResponseMessage> GetAsync(Uri remote, string query = "") =>
        Client.GetAsync(new Uri(AddressFor(remote) + query, UriKind.Relative));

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        _factory.Dispose();
        if (_ownsSeeds)
        {
            Seeds.Dispose();
        }
    }

    /// <summary>Lets the proxy reach the test origin's port on loopback; every other address is judged by the real policy.</summary>
    public sealed class OriginOnly(int originPort, IRemoteHostPolicy real) : IRemoteHostPolicy
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => real.ResolveAsync(host, cancellationToken);

        public bool Allows(IPAddress address, int port) =>
            (IPAddress.IsLoopback(address) && port == originPort) || real.Allows(address, port);
    }
}

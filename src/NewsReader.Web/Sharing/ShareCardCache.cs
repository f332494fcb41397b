using Microsoft.Extensions.Caching.Memory;
using NewsReader.Sharing;

namespace NewsReader.Web.Sharing;

/// <summary>
/// Renders each share card once and keeps the PNG bytes in a size-bounded cache: cards are
/// requested in bursts when a link is shared, and rendering costs far more than serving.
/// </summary>
public sealed class ShareCardCache : IDisposable
{
    /// <summary>About a thousand cards; older ones are rendered again if asked for.</summary>
    private const long BudgetBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _cards = new(new MemoryCacheOptions { SizeLimit = BudgetBytes });

    public byte[] Get(string key, string headline, string siteName) =>
        _cards.GetOrCreate(key, entry =>
        {
            var png = ShareCardRenderer.RenderPng(headline, siteName);
            entry.Size = png.Length;
            return png;
        })!;

    public void Dispose() => _cards.Dispose();
}

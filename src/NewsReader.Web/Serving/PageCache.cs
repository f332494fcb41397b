using Microsoft.Extensions.Options;
using NewsReader.Serving;
using NewsReader.Storage;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Serving;

/// <summary>
/// Rendered pages of the current snapshot, as bytes, by address (<see cref="PageCacheKey"/>). A
/// page is rendered once per snapshot and then served from here; publishing a new snapshot starts
/// an empty generation, so a reader never gets a page from an older snapshot. Within a
/// generation, size and count are bounded and the least recently used pages go first
/// (<see cref="PageCacheGeneration"/>). Feeds, sitemaps, OpenSearch and robots.txt are kept the
/// same way: built once per snapshot, served with the same validators and codings.
/// </summary>
public sealed class PageCache(ArticleRepository repository, IOptions<SiteOptions> site)
{
    /// <summary>Longer keys (a search of hundreds of characters) are rendered every time rather than kept.</summary>
    public const int MaxKeyLength = 512;

    /// <summary>
    /// Bounds the number of pages whatever their size: tiny pages would otherwise let the
    /// bookkeeping, not the bytes, fill the budget.
    /// </summary>
    public const int MaxEntries = 50_000;

    private readonly long _budget = site.Value.PageCacheMegabytes * 1024L * 1024L;
    private PageCacheGeneration _generation = new(ArticleSnapshot.Empty.PagesVersion);

    public bool Enabled => _budget > 0;

    /// <summary>The generation for the snapshot now published; capture it before rendering a page for it.</summary>
    public PageCacheGeneration Current
    {
        get
        {
            var generation = Volatile.Read(ref _generation);
            var snapshot = repository.Current;
            // A snapshot moved onto its saved index shows the same pages: its generation goes on.
            if (ReferenceEquals(generation.PagesVersion, snapshot.PagesVersion))
            {
                return generation;
            }

            var next = new PageCacheGeneration(snapshot.PagesVersion);
            return Interlocked.CompareExchange(ref _generation, next, generation) == generation ? next : Volatile.Read(ref _generation);
        }
    }

    /// <summary>
    /// Keeps a page rendered while <paramref name="generation"/> was current (kept in a generation
    /// no longer current, it is simply never found). Quickly compressed: a page asked for once
    /// never pays for full compression. Null when it is too large to keep.
    /// </summary>
    public PageCacheEntry? Add(PageCacheGeneration generation, string key, ReadOnlySpan<byte> body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(generation);
        return generation.Add(key, CachedPage.CreateQuick(body, contentType), _budget, MaxEntries);
    }

    /// <summary>
    /// The page to serve for a hit: the second request for a page is the one that compresses it
    /// fully (Brotli 9, gzip optimal), once; concurrent hits meanwhile get the quick variants.
    /// </summary>
    public static CachedPage Serve(PageCacheGeneration generation, PageCacheEntry entry)
    {
        ArgumentNullException.ThrowIfNull(generation);
        ArgumentNullException.ThrowIfNull(entry);
        var page = entry.Use();
        if (page.IsFullyCompressed || !entry.ClaimUpgrade())
        {
            return page;
        }

        var full = page.WithFullCompression();
        generation.Replace(entry, full);
        return full;
    }

    /// <summary>
    /// Whether a response at <paramref name="path"/> can be a page worth keeping. Files (a dot in the
    /// last segment: assets, images) other than the documents built per snapshot, media, share
    /// cards, the API and health checks are never pages, so they are not copied through a buffer.
    /// </summary>
    public static bool MayHoldPage(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value == SitePaths.Home)
        {
            return true;
        }

        var lastSegment = value.AsSpan(value.LastIndexOf('/') + 1);
        return lastSegment.Contains('.')
            ? IsSnapshotDocument(path)
            : !path.StartsWithSegments(SitePaths.ApiPrefix)
                && !path.StartsWithSegments(SitePaths.MediaSegment)
                && !path.StartsWithSegments(SitePaths.RemoteImagesPrefix)
                && !path.StartsWithSegments(SitePaths.CardsPrefix)
                && !path.StartsWithSegments(SitePaths.Healthz)
                && !path.StartsWithSegments(SitePaths.Readyz);
    }

    /// <summary>The documents made from the snapshot alone, kept like pages: feeds (the site's and each section's), sitemaps, OpenSearch, robots.txt.</summary>
    public static bool IsSnapshotDocument(PathString path) =>
        path.Value is SitePaths.AtomFeed or SitePaths.RssFeed or SitePaths.Sitemap or SitePaths.OpenSearch or SitePaths.Robots
        || (path.StartsWithSegments(SitePaths.SitemapsPrefix, out var rest) && rest.Value is { } part && part.EndsWith(".xml", StringComparison.Ordinal) && part.LastIndexOf('/') == 0)
        || IsSectionFeed(path);

    /// <summary><c>/sections/{slug}/feed.atom</c> or <c>.rss</c>: one section's feed (an unknown section is a 404, never kept).</summary>
    private static bool IsSectionFeed(PathString path) =>
        path.StartsWithSegments(SitePaths.Sections, out var rest) && rest.Value is { } feed
        && (feed.EndsWith("/feed.atom", StringComparison.Ordinal) || feed.EndsWith("/feed.rss", StringComparison.Ordinal))
        && feed.IndexOf('/', 1) == feed.LastIndexOf('/') && feed.LastIndexOf('/') > 1;
}

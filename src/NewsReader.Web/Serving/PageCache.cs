using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using NewsReader.Serving;
using NewsReader.Storage;

namespace NewsReader.Web.Serving;

/// <summary>
/// Rendered pages of the current snapshot, as bytes, by address. A page is rendered once per
/// snapshot and then served from here; publishing a new snapshot starts an empty generation, so a
/// reader never gets a page from an older snapshot. The total size is bounded: past the budget the
/// generation is dropped and refills with the pages people are reading.
/// </summary>
public sealed class PageCache(ArticleRepository repository, IOptions<SiteOptions> site)
{
    /// <summary>Longer addresses (hostile query strings) are rendered every time rather than kept.</summary>
    public const int MaxKeyLength = 512;

    private readonly long _budget = site.Value.PageCacheMegabytes * 1024L * 1024L;
    private Generation _generation = new(ArticleSnapshot.Empty);

    public bool Enabled => _budget > 0;

    /// <summary>The generation for the snapshot now published; capture it before rendering a page for it.</summary>
    public Generation Current
    {
        get
        {
            var generation = Volatile.Read(ref _generation);
            var snapshot = repository.Current;
            if (ReferenceEquals(generation.Snapshot, snapshot))
            {
                return generation;
            }

            var next = new Generation(snapshot);
            return Interlocked.CompareExchange(ref _generation, next, generation) == generation ? next : Volatile.Read(ref _generation);
        }
    }

    /// <summary>Keeps a page rendered while <paramref name="generation"/> was current; a no-op if it no longer is.</summary>
    public void Add(Generation generation, string key, CachedPage page)
    {
        ArgumentNullException.ThrowIfNull(generation);
        ArgumentNullException.ThrowIfNull(page);
        if (generation.Size + page.Size > _budget)
        {
            // Dropping everything is crude but cheap and bounded; the pages being read come back at once.
            Interlocked.CompareExchange(ref _generation, new Generation(generation.Snapshot), generation);
            return;
        }

        generation.Add(key, page);
    }

    /// <summary>
    /// Whether a response at <paramref name="path"/> can be a page worth keeping. Files (a dot in the
    /// last segment: assets, feeds, images), media, share cards, the API and health checks are
    /// never pages, so they are not copied through a buffer on their way out.
    /// </summary>
    public static bool MayHoldPage(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value == "/")
        {
            return true;
        }

        var lastSegment = value.AsSpan(value.LastIndexOf('/') + 1);
        return !lastSegment.Contains('.')
            && !path.StartsWithSegments("/api")
            && !path.StartsWithSegments("/media")
            && !path.StartsWithSegments("/cards")
            && !path.StartsWithSegments("/healthz")
            && !path.StartsWithSegments("/readyz");
    }

    /// <summary>
    /// The address a page is kept under: scheme, host and path base (pages hold absolute links made
    /// from them unless <c>Site:BaseUrl</c> is set), then path and query. Built in
    /// <paramref name="buffer"/>; the length, or -1 when it does not fit.
    /// </summary>
    public static int WriteKey(HttpRequest request, Span<char> buffer)
    {
        ArgumentNullException.ThrowIfNull(request);
        var length = 0;
        return Append(request.Scheme, buffer, ref length)
            && Append("://", buffer, ref length)
            && Append(request.Host.Value, buffer, ref length)
            && Append(request.PathBase.Value, buffer, ref length)
            && Append(request.Path.Value, buffer, ref length)
            && Append(request.QueryString.Value, buffer, ref length)
            ? length
            : -1;
    }

    private static bool Append(string? part, Span<char> buffer, ref int length)
    {
        if (string.IsNullOrEmpty(part))
        {
            return true;
        }

        if (!part.AsSpan().TryCopyTo(buffer[length..]))
        {
            return false;
        }

        length += part.Length;
        return true;
    }

    /// <summary>One snapshot's pages.</summary>
    public sealed class Generation
    {
        private readonly ConcurrentDictionary<string, CachedPage>.AlternateLookup<ReadOnlySpan<char>> _byKey;
        private long _size;

        public Generation(ArticleSnapshot snapshot)
        {
            Snapshot = snapshot;
            _byKey = Pages.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public ArticleSnapshot Snapshot { get; }

        /// <summary>The bytes its pages hold, all variants counted.</summary>
        public long Size => Interlocked.Read(ref _size);

        internal ConcurrentDictionary<string, CachedPage> Pages { get; } = new(StringComparer.Ordinal);

        public bool TryGet(ReadOnlySpan<char> key, [NotNullWhen(true)] out CachedPage? page) => _byKey.TryGetValue(key, out page);

        internal void Add(string key, CachedPage page)
        {
            if (Pages.TryAdd(key, page))
            {
                Interlocked.Add(ref _size, page.Size);
            }
        }
    }
}

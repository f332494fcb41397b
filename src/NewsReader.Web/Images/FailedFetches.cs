using System.Collections.Concurrent;

namespace NewsReader.Web.Images;

/// <summary>
/// Remote images that just failed, so a dead or slow origin is asked again only after a while
/// rather than on every page view. Bounded: only URLs named by articles get here, and past the
/// limit the table starts again.
/// </summary>
public sealed class FailedFetches(TimeProvider time)
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(5);

    private const int MaxEntries = 4096;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);

    public bool HasFailedRecently(string url) =>
        _until.TryGetValue(url, out var until) && (until > time.GetUtcNow() || !_until.TryRemove(url, out _));

    public void Remember(string url)
    {
        if (_until.Count >= MaxEntries)
        {
            var now = time.GetUtcNow();
            foreach (var (key, until) in _until)
            {
                if (until <= now)
                {
                    _until.TryRemove(key, out _);
                }
            }

            if (_until.Count >= MaxEntries)
            {
                _until.Clear();
            }
        }

        _until[url] = time.GetUtcNow() + RetryAfter;
    }
}

using System.Collections.Frozen;
using NewsReader.Images;
using NewsReader.Storage;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Images;

/// <summary>
/// The proxy addresses the current articles name (body images and lead images): the proxy fetches
/// nothing else, even with a valid signature, so an address from an article since removed or edited
/// stops working. Built from the snapshot on the first image request after each publish.
/// </summary>
public sealed class NamedRemoteImages(ArticleRepository repository)
{
    private static readonly string Marker = SitePaths.RemoteImagesPrefix + "/";

    private readonly Lock _gate = new();
    private (ArticleSnapshot? Snapshot, FrozenSet<string> Encoded) _named = (null, FrozenSet<string>.Empty);

    /// <param name="encoded">The encoded URL, as the address carries it.</param>
    public bool Contains(string encoded)
    {
        var snapshot = repository.Current;
        var named = _named;
        if (!ReferenceEquals(named.Snapshot, snapshot))
        {
            lock (_gate)
            {
                if (!ReferenceEquals(_named.Snapshot, snapshot))
                {
                    _named = (snapshot, Collect(snapshot));
                }

                named = _named;
            }
        }

        return named.Encoded.Contains(encoded);
    }

    private static FrozenSet<string> Collect(ArticleSnapshot snapshot)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in ImageNamingTexts.Of(snapshot.Articles))
        {
            Add(found, text);
        }

        return found.ToFrozenSet(StringComparer.Ordinal);
    }

    private static void Add(HashSet<string> found, string? text)
    {
        if (text is null)
        {
            return;
        }

        for (var at = text.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Marker, at + 1, StringComparison.Ordinal))
        {
            var start = text.IndexOf('/', at + Marker.Length) + 1;
            if (start == 0)
            {
                return;
            }

            var end = start;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '_'))
            {
                end++;
            }

            found.Add(text[start..end]);
        }
    }
}

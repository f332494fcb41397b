using System.Collections.Concurrent;
using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>
/// Keeps each article's tokenised terms between index builds, keyed by its content, so a reload
/// after one file changed tokenises one article instead of all of them. Only the entries the
/// latest build used are kept, so it never holds more than the current articles.
/// </summary>
public sealed class DocumentTermsCache
{
    private ConcurrentDictionary<string, DocumentTerms> _terms = new(StringComparer.Ordinal);

    internal DocumentTerms Get(Article article, ConcurrentDictionary<string, DocumentTerms> used)
    {
        var terms = _terms.TryGetValue(article.ContentHash, out var cached) ? cached : DocumentTerms.Of(article);
        used[article.ContentHash] = terms;
        return terms;
    }

    internal void Keep(ConcurrentDictionary<string, DocumentTerms> used) => _terms = used;
}

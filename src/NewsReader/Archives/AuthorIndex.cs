using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Archives;

/// <summary>
/// The snapshot's authors, from each article's clean bylines (<see cref="Article.Authors"/>, one
/// person each, as the parser decided), built once per snapshot from its articles alone. Names that
/// make the same slug are one person ("Zoë Šťastná" and "Zoe Stastna", "JANE DOE" and "Jane Doe"),
/// shown by the spelling most of their articles use. The article's own publication is not an
/// author: a byline that only names the site is left out, as the parser leaves it out where it can tell.
/// </summary>
public sealed class AuthorIndex
{
    private readonly FrozenDictionary<string, Author> _bySlug;

    /// <param name="articles">In the snapshot's order; each author's list keeps it.</param>
    public AuthorIndex(ImmutableArray<Article> articles)
    {
        var groups = new Dictionary<string, (List<Article> Articles, Dictionary<string, int> Spellings)>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var name in article.Authors)
            {
                if (SlugOf(name, article.SiteName) is not { } slug)
                {
                    continue;
                }

                if (!groups.TryGetValue(slug, out var group))
                {
                    groups[slug] = group = ([], new Dictionary<string, int>(StringComparer.Ordinal));
                }

                // "Ann Lee and ANN LEE" in one byline is still one article of hers.
                if (group.Articles.Count == 0 || !ReferenceEquals(group.Articles[^1], article))
                {
                    group.Articles.Add(article);
                }

                group.Spellings[name] = group.Spellings.GetValueOrDefault(name) + 1;
            }
        }

        All = [.. groups
            .Select(g => new Author(MostUsed(g.Value.Spellings), g.Key, [.. g.Value.Articles]))
            .OrderByDescending(author => author.Articles.Length)
            .ThenBy(author => author.Name, StringComparer.OrdinalIgnoreCase)];
        _bySlug = All.ToFrozenDictionary(author => author.Slug, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Most articles first, then by name.</summary>
    public ImmutableArray<Author> All { get; }

    /// <summary>Case-insensitive, so a hand-typed address still finds its author.</summary>
    public Author? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The author page a byline name of <paramref name="article"/> leads to; null when the name has none.</summary>
    public Author? Of(Article article, string name)
    {
        ArgumentNullException.ThrowIfNull(article);
        return SlugOf(name, article.SiteName) is { } slug ? Find(slug) : null;
    }

    /// <summary>The name's slug, or null when it makes none (no letters or digits at all) or names the article's own site.</summary>
    private static string? SlugOf(string name, string? siteName)
    {
        var slug = Slug.FromHeadline(name);
        return slug == Slug.Fallback || (siteName is not null && slug == Slug.FromHeadline(siteName)) ? null : slug;
    }

    /// <summary>The spelling used most; on a tie the one with lower-case letters (not shouted), then the first in ordinal order, so a reload never flips it.</summary>
    private static string MostUsed(Dictionary<string, int> spellings) => spellings
        .OrderByDescending(s => s.Value)
        .ThenByDescending(s => s.Key.Any(char.IsLower))
        .ThenBy(s => s.Key, StringComparer.Ordinal)
        .First().Key;
}

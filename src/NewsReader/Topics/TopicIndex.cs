using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Paging;

namespace NewsReader.Topics;

/// <summary>
/// Every topic of a snapshot, by slug, by kind and by how many articles it has; built with the
/// snapshot. Building it settles each article's topics against the whole corpus (see
/// <see cref="TopicCorpus"/>), so the article page, the topic pages, feeds and search filters all
/// read the same list: <see cref="Articles"/>.
/// </summary>
public sealed class TopicIndex
{
    private readonly FrozenDictionary<string, Topic> _bySlug;

    public TopicIndex(ImmutableArray<Article> articles)
    {
        Articles = TopicCorpus.Settle(articles, out var kinds);
        var groups = new Dictionary<string, (string Name, List<Article> Articles)>(StringComparer.Ordinal);
        // A name recurs across thousands of articles: make its slug once (at 100,000 articles,
        // 1.9 million names but 30,000 distinct; slugging each took a second).
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in Articles)
        {
            foreach (var name in article.Topics)
            {
                if (!slugs.TryGetValue(name, out var slug))
                {
                    slugs[name] = slug = Slug.FromHeadline(name);
                }

                if (!groups.TryGetValue(slug, out var group))
                {
                    groups[slug] = group = (name, []);
                }

                group.Articles.Add(article);
            }
        }

        All = [.. groups
            .Where(g => g.Key.Length > 0)
            .Select(g => new Topic(g.Value.Name, g.Key, [.. g.Value.Articles]) { Kind = kinds.GetValueOrDefault(g.Value.Name) })
            .OrderByDescending(t => t.Articles.Length)
            .ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];
        _bySlug = All.ToFrozenDictionary(t => t.Slug, StringComparer.OrdinalIgnoreCase);
        Now = TopicsNow.Pick(Articles, Find);
    }

    /// <summary>The snapshot's articles, in the order given, each with its topics as the corpus settled them.</summary>
    public ImmutableArray<Article> Articles { get; }

    /// <summary>Most articles first, then by name.</summary>
    public ImmutableArray<Topic> All { get; }

    /// <summary>The topics the newest articles share, for the front page's "topics now" row.</summary>
    public ImmutableArray<Topic> Now { get; }

    public Topic? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The articles of the topic with this slug; none when there is no such topic.</summary>
    public ImmutableArray<Article> ArticlesOf(string slug) => Find(slug)?.Articles ?? [];

    /// <summary>The <paramref name="count"/> topics of a kind with the most articles.</summary>
    public IEnumerable<Topic> MostUsed(TopicKind kind, int count) => All.Where(t => t.Kind == kind).Take(count);

    /// <summary>Page <paramref name="number"/> of <see cref="All"/>, or null past the last.</summary>
    public ListPage<Topic>? Page(int number, int size) => ListPage.Of(All, number, size);
}

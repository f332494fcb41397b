using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        : this(TopicCorpus.Settle(articles, out var kinds), kinds)
    {
    }

    private TopicIndex(ImmutableArray<Article> settled, Dictionary<string, TopicKind> kinds)
        : this(settled, Group(settled, kinds))
    {
    }

    private TopicIndex(ImmutableArray<Article> settled, ImmutableArray<Topic> all)
    {
        (Articles, All) = (settled, all);
        _bySlug = All.ToFrozenDictionary(t => t.Slug, StringComparer.OrdinalIgnoreCase);
        Now = TopicsNow.Pick(Articles, Find);
    }

    /// <summary>
    /// The index as it was for exactly these articles in this order, their topics settled then
    /// (saved with the search index): neither settling nor grouping, most of the work, is done again.
    /// </summary>
    /// <param name="articles">The articles, their topics not yet settled.</param>
    /// <param name="topics">Each article's settled topics, in the order of <paramref name="articles"/>.</param>
    /// <param name="all">Every topic as <see cref="All"/> listed it, its articles as positions in <paramref name="articles"/>.</param>
    /// <exception cref="ArgumentException">Not one list of topics per article, a position outside them, or a slug twice.</exception>
    public static TopicIndex FromSettled(ImmutableArray<Article> articles, IReadOnlyList<ImmutableArray<string>> topics, IReadOnlyList<SettledTopic> all)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(all);
        if (topics.Count != articles.Length)
        {
            throw new ArgumentException($"{topics.Count} lists of topics for {articles.Length} articles.", nameof(topics));
        }

        var settled = new Article[articles.Length];
        for (var i = 0; i < articles.Length; i++)
        {
            settled[i] = articles[i].Topics.AsSpan().SequenceEqual(topics[i].AsSpan()) ? articles[i] : articles[i] with { Topics = topics[i] };
        }

        var topicList = new Topic[all.Count];
        for (var t = 0; t < topicList.Length; t++)
        {
            var (name, slug, kind, positions) = all[t];
            var members = new Article[positions.Length];
            for (var p = 0; p < members.Length; p++)
            {
                members[p] = (uint)positions[p] < (uint)settled.Length ? settled[positions[p]] : throw new ArgumentException($"Topic {name} lists article {positions[p]} of {settled.Length}.", nameof(all));
            }

            topicList[t] = new Topic(name, slug, ImmutableCollectionsMarshal.AsImmutableArray(members)) { Kind = kind };
        }

        return new TopicIndex(ImmutableCollectionsMarshal.AsImmutableArray(settled), ImmutableCollectionsMarshal.AsImmutableArray(topicList));
    }

    /// <summary>Each topic with its articles (in their order), most articles first, then by name.</summary>
    private static ImmutableArray<Topic> Group(ImmutableArray<Article> articles, Dictionary<string, TopicKind> kinds)
    {
        var groups = new Dictionary<string, (string Name, List<Article> Articles)>(StringComparer.Ordinal);
        // A name recurs across thousands of articles: its group is found once per string (at
        // 100,000 articles, 1.9 million names but 30,000 distinct; slugging each took a second).
        // Settled names are shared strings, so they are found by reference, not by hashing each.
        var groupOf = new Dictionary<string, List<Article>>(ReferenceEqualityComparer.Instance);
        foreach (var article in articles)
        {
            foreach (var name in article.Topics)
            {
                if (!groupOf.TryGetValue(name, out var members))
                {
                    var slug = Slug.FromHeadline(name);
                    if (!groups.TryGetValue(slug, out var group))
                    {
                        groups[slug] = group = (name, []);
                    }

                    groupOf[name] = members = group.Articles;
                }

                members.Add(article);
            }
        }

        return [.. groups
            .Where(g => g.Key.Length > 0)
            .Select(g => new Topic(g.Value.Name, g.Key, [.. g.Value.Articles]) { Kind = kinds.GetValueOrDefault(g.Value.Name) })
            .OrderByDescending(t => t.Articles.Length)
            .ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// Every topic as <see cref="All"/> lists it, its articles as positions in <see cref="Articles"/>:
    /// what <see cref="FromSettled"/> takes back.
    /// </summary>
    public IEnumerable<SettledTopic> Settled()
    {
        var positions = new Dictionary<Article, int>(Articles.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < Articles.Length; i++)
        {
            positions[Articles[i]] = i;
        }

        return All.Select(topic => new SettledTopic(topic.Name, topic.Slug, topic.Kind, [.. topic.Articles.Select(article => positions[article])]));
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

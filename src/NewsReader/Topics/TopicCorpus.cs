using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsReader.Articles;

namespace NewsReader.Topics;

/// <summary>
/// The corpus's say on each article's topics, taken when a snapshot is built (one article alone
/// cannot tell "Door" from "Bush"):
/// <list type="bullet">
/// <item>A single capitalised word is a common word, not a name, when the articles that use it
/// capitalised also write it in lower case often enough (at least a quarter of them): "Today",
/// "Office", "Door" go; "Labour", "Bush" stay. A place the gazetteer knows and a tag never go.</item>
/// <item>A plural and its singular ("Oscars", "Oscar"; "Tories", "Tory") are one topic, shown in
/// whichever form the corpus uses more (the singular on a tie).</item>
/// <item>Spellings that differ only in case are one topic, shown as the corpus spells it most.</item>
/// <item>A topic's kind is the one most of its articles' clues agree on.</item>
/// </list>
/// Then every article keeps its <see cref="TopicExtractor.MaxTopicsPerArticle"/> most salient topics.
/// </summary>
internal static class TopicCorpus
{
    public static ImmutableArray<Article> Settle(ImmutableArray<Article> articles, out Dictionary<string, TopicKind> kinds)
    {
        // On every core: a restored article decodes its candidates from the snapshot store when asked.
        var candidates = new ImmutableArray<TopicCandidate>[articles.Length];
        Parallel.For(0, articles.Length, i => candidates[i] = CandidatesOf(articles[i]));
        var names = CorpusNames.Of(candidates);
        var stats = names.Stats();
        var canonical = Canonical(stats);
        kinds = new Dictionary<string, TopicKind>(StringComparer.Ordinal);
        // Each name's topic as shown, or null for a common word: one look-up per candidate below.
        var shown = new Dictionary<string, string?>(stats.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var group in stats.GroupBy(s => canonical[s.Key], StringComparer.OrdinalIgnoreCase))
        {
            var merged = group.Skip(1).Any() ? group.Select(g => g.Value).Aggregate(new NameStats(), (all, one) => all.Merge(one)) : group.First().Value;
            var name = SharedNames.Share(merged.Spelling());
            kinds[name] = merged.Kind();
            foreach (var (member, stat) in group)
            {
                shown[member] = stat.IsCommonWord ? null : name;
            }
        }

        // Each name's topic, by the name's number: as a name, and as a subject (a tag among them),
        // which shows as the name it folds into does even when its own form is a common word.
        var (asName, asSubject) = (new string?[names.Count], new string?[names.Count]);
        for (var n = 0; n < names.Count; n++)
        {
            (asName[n], asSubject[n]) = (shown[names[n]], shown[canonical[names[n]]]);
        }

        var settled = ImmutableArray.CreateBuilder<Article>(articles.Length);
        var topics = new List<string>(TopicExtractor.MaxTopicsPerArticle);
        for (var i = 0; i < articles.Length; i++)
        {
            topics.Clear();
            foreach (var candidate in candidates[i])
            {
                var index = names.Number(candidate.Name);
                var name = candidate.Kind == TopicKind.Subject ? asSubject[index] : asName[index];
                if (name is not null && !ContainsIgnoringCase(topics, name))
                {
                    topics.Add(name);
                    if (topics.Count == TopicExtractor.MaxTopicsPerArticle)
                    {
                        break;
                    }
                }
            }

            var article = articles[i];
            settled.Add(article.Topics.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(topics)) ? article : article with { Topics = [.. topics] });
        }

        return settled.MoveToImmutable();
    }

    private static bool ContainsIgnoringCase(List<string> topics, string name)
    {
        foreach (var topic in topics)
        {
            if (string.Equals(topic, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An article parsed by this version has its candidates; one made another way (tests, a cache) has only names.</summary>
    private static ImmutableArray<TopicCandidate> CandidatesOf(Article article) =>
        article.TopicCandidates is { IsEmpty: false } candidates ? candidates
        : [.. article.Topics.Select((name, i) => new TopicCandidate(name, TopicKind.Unknown, article.Topics.Length - i, false))];

    /// <summary>Each name's topic: itself, or the form of its plural or singular the corpus uses more.</summary>
    private static Dictionary<string, string> Canonical(Dictionary<string, NameStats> stats)
    {
        var canonical = stats.Keys.ToDictionary(k => k, k => k, StringComparer.OrdinalIgnoreCase);
        foreach (var (plural, stat) in stats)
        {
            if (Singular(plural) is not { } singular || !stats.TryGetValue(singular, out var one) || Places.Canonical(plural) is not null)
            {
                continue;
            }

            var (from, to) = stat.Articles > one.Articles ? (singular, plural) : (plural, singular);
            canonical[from] = canonical[to];
        }

        FoldSurnames(stats, canonical);
        FoldAcronyms(stats, canonical);

        // "Tories" → "Tory" → "Tory Party": every name points straight at the end of its chain.
        foreach (var name in stats.Keys)
        {
            var end = canonical[name];
            for (var steps = 0; steps < 8 && !string.Equals(canonical[end], end, StringComparison.OrdinalIgnoreCase); steps++)
            {
                end = canonical[end];
            }

            canonical[name] = end;
        }

        return canonical;
    }

    /// <summary>
    /// "Blair" in an article that never says "Tony" is still Tony Blair, when the corpus's people
    /// who end in "Blair" are mostly him (three in four of their articles); "Clinton", shared by
    /// two people about equally, stays itself.
    /// </summary>
    private static void FoldSurnames(Dictionary<string, NameStats> stats, Dictionary<string, string> canonical)
    {
        var people = stats.Where(s => s.Value.Kind() == TopicKind.Person && s.Key.Contains(' ', StringComparison.Ordinal))
            .ToLookup(s => s.Key[(s.Key.LastIndexOf(' ') + 1)..], StringComparer.OrdinalIgnoreCase);
        foreach (var (single, stat) in stats)
        {
            if (single.Contains(' ', StringComparison.Ordinal) || stat.Kind() is not (TopicKind.Person or TopicKind.Unknown) || Places.Canonical(single) is not null || !people.Contains(single))
            {
                continue;
            }

            var named = people[single].OrderByDescending(p => p.Value.Articles).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
            if (named[0].Value.Articles * 4 >= named.Sum(p => p.Value.Articles) * 3)
            {
                canonical[single] = canonical[named[0].Key];
            }
        }
    }

    /// <summary>
    /// "IMF" and "International Monetary Fund", "WTO" and "World Trade Organisation": an acronym is
    /// the one name in the corpus whose words' capitals spell it, shown as whichever the corpus
    /// uses more (the full name on a tie). Two names with the same initials leave it alone.
    /// </summary>
    private static void FoldAcronyms(Dictionary<string, NameStats> stats, Dictionary<string, string> canonical)
    {
        var byInitials = stats.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal))
            .GroupBy(Initials, StringComparer.Ordinal)
            .Where(g => g.Key.Length >= 2 && g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (acronym, stat) in stats)
        {
            if (!NameKinds.IsAcronym(acronym) || !byInitials.TryGetValue(acronym, out var full) || Places.Canonical(acronym) is not null)
            {
                continue;
            }

            var (from, to) = stat.Articles > stats[full].Articles ? (full, acronym) : (acronym, full);
            canonical[from] = canonical[to];
        }
    }

    /// <summary>"UK Independence Party" → "UKIP": each word's capitals, connectors ("of", "and") left out.</summary>
    private static string Initials(string name) =>
        string.Concat(name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => NameKinds.IsAcronym(w) ? w : w[..1]));

    private static string? Singular(string name) =>
        name.EndsWith("ies", StringComparison.Ordinal) && name.Length > 4 ? name[..^3] + "y"
        : name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal) && name.Length > 3 && char.IsLetter(name[^2]) ? name[..^1]
        : null;
}

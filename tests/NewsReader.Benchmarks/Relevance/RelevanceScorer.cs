using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Storage;

namespace NewsReader.Benchmarks.Relevance;

/// <summary>
/// Grades search, related reading and topics on a corpus filed by section, as a reader would judge
/// them: does the article you remember come first, does related reading stay on subject, are topics
/// names rather than common words. Deterministic: every case is derived from the articles alone.
/// </summary>
internal static class RelevanceScorer
{
    /// <summary>As many related links as the article page shows (ArticleModel.RelatedCount).</summary>
    public const int RelatedShown = 5;

    /// <summary>How many of the most used topics are checked for common words (the top of /topics).</summary>
    public const int TopTopics = 300;

    public static async Task<RelevanceReport> ScoreAsync(ArticleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var articles = snapshot.Articles;
        var index = snapshot.SearchIndex;
        // A large corpus reads its spelling vocabulary in the background: wait, as a patient reader would.
        await index.SuggestionsReady().ConfigureAwait(false);
        var words = new CorpusWords(articles);

        var blindIndex = SearchIndex.Build([.. articles.Select(a => a with { SourceFile = a.SourceFile.Replace('/', '_') })]);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        return new RelevanceReport
        {
            Measures =
            [
                Related(RelevanceReport.RelatedSameSection, articles, a => index.RelatedTo(a, RelatedShown), (a, r) => a.Section == r.Section),
                Related(RelevanceReport.RelatedSharingTopic, articles, a => index.RelatedTo(a, RelatedShown), SharesTopic),
                Related(RelevanceReport.RelatedSameSectionBlind, articles, a => [.. blindIndex.RelatedTo(a, RelatedShown).Select(r => byId[r.Id])], (a, r) => a.Section == r.Section),
                HeadlineFirst(articles, index),
                PhraseFirst(articles, index, words),
                .. Misspellings(articles, index, words),
                TopicsNotCommon(snapshot, words),
            ],
            Notes = [TopicsPerArticle(articles)],
        };
    }

    private static bool SharesTopic(Article a, Article b) => a.Topics.Intersect(b.Topics, StringComparer.OrdinalIgnoreCase).Any();

    private static RelevanceMeasure Related(string name, ImmutableArray<Article> articles, Func<Article, ImmutableArray<Article>> related, Func<Article, Article, bool> good)
    {
        var (passed, total, shortLists) = (0, 0, 0);
        var misses = ImmutableArray.CreateBuilder<string>();
        var started = Stopwatch.GetTimestamp();
        foreach (var article in articles)
        {
            var links = related(article);
            shortLists += links.Length < RelatedShown ? 1 : 0;
            foreach (var link in links)
            {
                total++;
                if (good(article, link))
                {
                    passed++;
                }
                else
                {
                    misses.Add($"{article.SourceFile} \"{article.Headline}\" -> {link.SourceFile} \"{link.Headline}\"");
                }
            }
        }

        return new RelevanceMeasure { Name = name, Passed = passed, Total = total, Misses = misses.ToImmutable(), Note = $"links over {articles.Length} articles; {shortLists} show fewer than {RelatedShown}; {Stopwatch.GetElapsedTime(started).TotalMilliseconds / Math.Max(1, articles.Length):F2} ms per article (the first measure works each list out)" };
    }

    /// <summary>An article with the same headline as the one sought, first, counts as found: a reader cannot tell them apart either.</summary>
    private static RelevanceMeasure HeadlineFirst(ImmutableArray<Article> articles, SearchIndex index)
    {
        var (passed, ties) = (0, 0);
        var misses = ImmutableArray.CreateBuilder<string>();
        foreach (var article in articles)
        {
            var query = KnownItems.Headline(article);
            var first = index.Search(query, 1, 1).Hits.FirstOrDefault()?.Article;
            if (first?.Id == article.Id)
            {
                passed++;
            }
            else if (first is not null && string.Equals(first.Headline.Trim(), article.Headline.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                (passed, ties) = (passed + 1, ties + 1);
            }
            else
            {
                misses.Add($"{article.SourceFile}: {query} -> {Describe(first)}");
            }
        }

        return new RelevanceMeasure { Name = RelevanceReport.HeadlineFirst, Passed = passed, Total = articles.Length, Misses = misses.ToImmutable(), Note = $"{ties} found as another article with the same headline" };
    }

    /// <summary>Another article holding the very same run of words, first, counts as found.</summary>
    private static RelevanceMeasure PhraseFirst(ImmutableArray<Article> articles, SearchIndex index, CorpusWords words)
    {
        var (passed, total, ties) = (0, 0, 0);
        var misses = ImmutableArray.CreateBuilder<string>();
        foreach (var article in articles)
        {
            if (KnownItems.DistinctivePhrase(article, words) is not { } phrase)
            {
                continue;
            }

            total++;
            var first = index.Search(phrase, 1, 1).Hits.FirstOrDefault()?.Article;
            if (first?.Id == article.Id)
            {
                passed++;
            }
            else if (first is not null && Holds(first, phrase))
            {
                (passed, ties) = (passed + 1, ties + 1);
            }
            else
            {
                misses.Add($"{article.SourceFile}: {phrase} -> {Describe(first)}");
            }
        }

        return new RelevanceMeasure { Name = RelevanceReport.PhraseFirst, Passed = passed, Total = total, Misses = misses.ToImmutable(), Note = $"{KnownItems.PhraseWords} words; {ties} found as another article with the same words" };
    }

    /// <summary>Whether the article's running text has these words in a row, in any case.</summary>
    private static bool Holds(Article article, string phrase)
    {
        var words = CorpusWords.Words(CorpusWords.RunningText(article)).Select(w => w.ToLowerInvariant()).ToArray();
        var run = CorpusWords.Words(phrase).Select(w => w.ToLowerInvariant()).ToArray();
        return Enumerable.Range(0, Math.Max(0, words.Length - run.Length + 1)).Any(i => words.AsSpan(i, run.Length).SequenceEqual(run));
    }

    private static IEnumerable<RelevanceMeasure> Misspellings(ImmutableArray<Article> articles, SearchIndex index, CorpusWords words)
    {
        var (total, finds, findsArticle, skipped) = (0, 0, 0, 0);
        var missesFinds = ImmutableArray.CreateBuilder<string>();
        var missesArticle = ImmutableArray.CreateBuilder<string>();
        foreach (var article in articles)
        {
            // An edit the search still matches (a stem's other form) is not a misspelling to it.
            if (KnownItems.Misspelling(article, words) is not var (word, misspelt) || index.Search(misspelt, 1, 1).Total > 0)
            {
                skipped++;
                continue;
            }

            total++;
            var suggestion = index.Search(misspelt, 1, 1).Suggestion;
            var results = suggestion is null ? null : index.Search(suggestion, 1, 1);
            var line = $"{article.SourceFile}: {misspelt} (for {word}) -> {suggestion ?? "no suggestion"}";
            if (results is { Total: > 0 })
            {
                finds++;
            }
            else
            {
                missesFinds.Add(line);
            }

            // The word itself, or a form of it the index takes for the same word: then the
            // suggestion's results hold the article, however many other articles share the word.
            if (suggestion is not null && SameTerms(suggestion, word))
            {
                findsArticle++;
            }
            else
            {
                missesArticle.Add($"{line} ({results?.Total ?? 0} results)");
            }
        }

        var note = $"{skipped} articles without a misspellable word of {KnownItems.MisspeltMinLength}+ letters";
        yield return new RelevanceMeasure { Name = RelevanceReport.SuggestionFinds, Passed = finds, Total = total, Misses = missesFinds.ToImmutable(), Note = note };
        yield return new RelevanceMeasure { Name = RelevanceReport.SuggestionFindsArticle, Passed = findsArticle, Total = total, Misses = missesArticle.ToImmutable() };
    }

    private static bool SameTerms(string a, string b) =>
        SearchTokenizer.Tokenize(a).Select(t => t.Term).SequenceEqual(SearchTokenizer.Tokenize(b).Select(t => t.Term), StringComparer.Ordinal);

    private static RelevanceMeasure TopicsNotCommon(ArticleSnapshot snapshot, CorpusWords words)
    {
        var top = snapshot.Topics.All.Take(TopTopics).ToList();
        var common = top.Where(t => words.IsCommon(t.Name)).Select(t => $"{t.Name} ({t.Articles.Length} articles)").ToImmutableArray();
        return new RelevanceMeasure
        {
            Name = RelevanceReport.TopicsNotCommon,
            Passed = top.Count - common.Length,
            Total = top.Count,
            Misses = common,
            Note = $"common: {string.Join(", ", common.Take(12))}{(common.Length > 12 ? ", …" : "")}",
        };
    }

    private static string TopicsPerArticle(ImmutableArray<Article> articles) =>
        articles.IsEmpty
            ? "topics per article: none"
            : string.Create(CultureInfo.InvariantCulture, $"topics per article: max {articles.Max(a => a.Topics.Length)}, mean {articles.Average(a => a.Topics.Length):F1}; {articles.Count(a => a.Topics.Length > 8)} articles have more than 8");

    private static string Describe(Article? article) => article is null ? "nothing" : $"{article.SourceFile} \"{article.Headline}\"";
}

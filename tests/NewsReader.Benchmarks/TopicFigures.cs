using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Ingestion;
using NewsReader.Storage;

namespace NewsReader.Benchmarks;

/// <summary>
/// <c>topics DIR [N]</c>: how far a folder's topics can be trusted. Topics per article (max, mean)
/// and the N most used topics (300 by default), each marked when it is a common word by a judge
/// that does not share the extractor's code: a single word, not an acronym, whose lower-case form
/// appears in the folder's text at least half as often as the word capitalised after a sentence's
/// first word ("door" against "Door").
/// </summary>
internal static partial class TopicFigures
{
    public static async Task<int> RunAsync(string folder, int top)
    {
        var options = Options.Create(new SeedsOptions { Path = folder, WatchForChanges = false, MaxFiles = int.MaxValue, MaxTotalBytes = long.MaxValue });
        using var loader = new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance, new ImageRewriteBenchmarks.SignedAddresses());
        var report = await loader.LoadAsync(folder, CancellationToken.None).ConfigureAwait(false);
        var snapshot = ArticleSnapshot.Create(report.Articles, report.Rejected);

        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in snapshot.Articles)
        {
            foreach (var block in article.Body.Select(b => b.Text))
            {
                foreach (Match match in Word().Matches(block))
                {
                    var word = match.Value;
                    var midSentence = match.Index > 0 && !Regex.IsMatch(block[..match.Index], @"[.!?:;""“‘']\s*$");
                    if (char.IsLower(word[0]))
                    {
                        lower[word] = lower.GetValueOrDefault(word) + 1;
                    }
                    else if (midSentence)
                    {
                        capitalised[word] = capitalised.GetValueOrDefault(word) + 1;
                    }
                }
            }
        }

        bool IsCommon(string topic) =>
            !topic.Contains(' ', StringComparison.Ordinal) && !topic.All(c => !char.IsLower(c))
            && lower.GetValueOrDefault(topic.ToLowerInvariant()) * 2 >= Math.Max(1, capitalised.GetValueOrDefault(topic));

        var counts = snapshot.Articles.Select(a => a.Topics.Length).ToList();
        var most = snapshot.Topics.All.Take(top).ToList();
        var common = most.Where(t => IsCommon(t.Name)).ToList();
        Console.WriteLine($"topics: articles={snapshot.Articles.Length} distinct={snapshot.Topics.All.Length} per_article_max={counts.DefaultIfEmpty().Max()} "
            + $"per_article_mean={counts.DefaultIfEmpty().Average():F1} common_words_in_top{top}={common.Count}");
        Console.WriteLine("common: " + string.Join(" | ", common.Select(t => $"{t.Name} ({t.Articles.Length})")));
        foreach (var kind in (NewsReader.Articles.TopicKind[])[NewsReader.Articles.TopicKind.Person, NewsReader.Articles.TopicKind.Place, NewsReader.Articles.TopicKind.Organisation, NewsReader.Articles.TopicKind.Subject])
        {
            Console.WriteLine($"{kind}: " + string.Join(" | ", snapshot.Topics.MostUsed(kind, 20).Select(t => $"{t.Name} ({t.Articles.Length})")));
        }

        Console.WriteLine($"top {top}: " + string.Join(" | ", most.Select(t => $"{t.Name} ({t.Articles.Length})")));
        return 0;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}'’-]*")]
    private static partial Regex Word();
}

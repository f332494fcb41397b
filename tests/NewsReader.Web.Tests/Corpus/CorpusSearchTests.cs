using Microsoft.Extensions.DependencyInjection;
using NewsReader.Storage;
using NewsReader.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsReader.Web.Tests.Corpus;

/// <summary>
/// Search on a real corpus: a distinctive run of words from any article (six words around its
/// rarest word) must find that article first. Run with <c>NEWSREADER_CORPUS=/path/to/articles dotnet test --filter CorpusSearch</c>.
/// </summary>
public sealed class CorpusSearchTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Search_DistinctiveSixWordsFromEachArticle_FindThatArticleFirst()
    {
        using var seeds = new SeedsFolder();
        using var factory = new NewsReaderFactory(seeds, new Dictionary<string, string?> { ["Seeds:Path"] = Environment.GetEnvironmentVariable(CorpusFactAttribute.Variable) });
        var snapshot = factory.Services.GetRequiredService<ArticleRepository>().Current;

        var misses = new List<string>();
        foreach (var article in snapshot.Articles)
        {
            var words = string.Join(' ', article.Body.Select(b => b.Text)).Replace("\"", "", StringComparison.Ordinal)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 12)
            {
                continue;
            }

            // Distinctive: six words around the body's rarest word, as a reader would pick them.
            var rarest = Enumerable.Range(3, words.Length - 6)
                .Select(i => (Index: i, Articles: snapshot.SearchIndex.Search(words[i], 1, 1).Total))
                .Where(word => word.Articles > 0)
                .MinBy(word => word.Articles).Index;
            var phrase = string.Join(' ', words.Skip(rarest - 2).Take(6));
            var first = snapshot.SearchIndex.Search(phrase, 1, 1).Hits.FirstOrDefault()?.Article;
            // Another article with the very same run of words is an equally right answer.
            var sameWords = snapshot.SearchIndex.Search($"\"{phrase.Replace("\"", "", StringComparison.Ordinal)}\"", 1, 1000).Hits.Select(h => h.Article.Id);
            if (first is null || (first.Id != article.Id && !sameWords.Contains(first.Id)))
            {
                misses.Add($"{article.SourceFile}: \"{phrase}\" -> {first?.SourceFile ?? "nothing"}");
            }
        }

        output.WriteLine($"{snapshot.Articles.Length} articles, {misses.Count} misses");
        // A run of six ordinary words can be shared by two stories; allow 1% of such ties.
        Assert.True(misses.Count <= snapshot.Articles.Length / 100, string.Join('\n', misses.Take(20)));
    }
}

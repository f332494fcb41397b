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

    [CorpusFact]
    public void RelatedTo_EachArticle_MostRelatedShareItsFolder()
    {
        using var seeds = new SeedsFolder();
        using var factory = new NewsReaderFactory(seeds, new Dictionary<string, string?> { ["Seeds:Path"] = Environment.GetEnvironmentVariable(CorpusFactAttribute.Variable) });
        var snapshot = factory.Services.GetRequiredService<ArticleRepository>().Current;
        static string Folder(string sourceFile) => sourceFile.Contains('/', StringComparison.Ordinal) ? sourceFile[..sourceFile.IndexOf('/', StringComparison.Ordinal)] : "";

        var pairs = snapshot.Articles
            .SelectMany(article => snapshot.SearchIndex.RelatedTo(article, 5).Select(related => (Folder(article.SourceFile), Folder(related.SourceFile))))
            .ToList();
        var same = pairs.Count(pair => pair.Item1 == pair.Item2);

        // In a corpus sorted into folders by subject (BBC: business/, politics/), related reading stays on subject.
        foreach (var folder in pairs.GroupBy(pair => pair.Item1))
        {
            output.WriteLine($"{folder.Key}/: {folder.Count(pair => pair.Item1 == pair.Item2)} of {folder.Count()} related links stay in {folder.Key}/");
        }

        // Business and politics stories share budgets, taxes and elections; most links must still stay on subject.
        Assert.True(same >= pairs.Count * 0.85, $"{same} of {pairs.Count} related links stay within their folder");
    }
}

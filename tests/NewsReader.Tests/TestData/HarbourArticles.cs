using NewsReader.Articles;

namespace NewsReader.Tests.TestData;

/// <summary>
/// The numbered articles the index update tests build indexes of: every one has "harbour",
/// "crane", "gamma", "delta", "omega" and "sigma"; lengths vary (i % 11 filler words, unless
/// given) so that BM25's norms do; a file hash that changes when the article is changed.
/// </summary>
internal static class HarbourArticles
{
    /// <param name="addition">Text at the end of the body (a sentence that marks the article out, or none).</param>
    public static Article Make(int i, bool changed, string addition, int fillerWords = -1)
    {
        var gamma = i % 7 == 0 ? "The gamma delta line opened." : "The gamma line met the delta road.";
        var harbour = i % 3 == 0 ? "The harbour crane stood tall." : "The harbour had a crane.";
        var filler = string.Join(' ', Enumerable.Repeat("word", fillerWords >= 0 ? fillerWords : i % 11));
        var article = ArticleFactory.WithBody($"{i:x16}", $"Story {i}", $"{gamma} An omega and a sigma. {filler}{addition}", harbour);
        return article with { SourceHash = ((ulong)i * 7919) + (changed ? 1UL : 2UL) };
    }
}

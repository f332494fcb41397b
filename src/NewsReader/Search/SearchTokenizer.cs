using System.Collections.Concurrent;

namespace NewsReader.Search;

/// <summary>
/// Splits text into search terms the same way for articles and queries: case and accents are
/// folded ("Café" and "cafe" match), possessives dropped ("Trump’s" is "trump"), and English
/// word forms reduced to one stem ("meeting" and "meet").
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Queries longer than this are cut: nobody types more, and it bounds the work per request.</summary>
    public const int MaxQueryLength = 512;

    // Filled only from articles (TermIds numbers their words), so it is bounded by the articles'
    // vocabulary; a query word not in it is stemmed afresh (a microsecond) and never added, or
    // random query words would grow it for as long as the process runs.
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    public static List<SearchToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var collector = new TokenCollector([]);
        WordScanner.Scan(text, ref collector);
        return collector.Tokens;
    }

    /// <summary>Lower-case ASCII for one word, as the suggestion vocabulary keeps it.</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var collector = new TokenCollector([]);
        WordScanner.Scan(word, ref collector);
        return string.Concat(collector.Tokens.Select(token => token.Folded));
    }

    /// <summary>The stem of an article's word, kept for the queries and snippets that meet it again.</summary>
    internal static string StemArticleWord(string folded) => Stems.GetOrAdd(folded, PorterStemmer.Stem);

    /// <summary>The stem of any word: looked up when an article has it, computed (and not kept) otherwise.</summary>
    internal static string Stem(string folded) => Stems.TryGetValue(folded, out var stem) ? stem : PorterStemmer.Stem(folded);

    /// <summary>For tests: whether a word's stem is kept process-wide.</summary>
    internal static bool KeepsStemOf(string folded) => Stems.ContainsKey(folded);

    private readonly struct TokenCollector(List<SearchToken> tokens) : IWordVisitor
    {
        public List<SearchToken> Tokens => tokens;

        public void Visit(ReadOnlySpan<char> folded, int start, int length)
        {
            var word = folded.ToString();
            tokens.Add(new SearchToken(Stem(word), word, start, length));
        }
    }
}

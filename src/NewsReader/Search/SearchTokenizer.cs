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

    internal static string Stem(string folded) => Stems.GetOrAdd(folded, PorterStemmer.Stem);

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

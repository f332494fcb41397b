using System.Collections.Concurrent;
using NewsReader.Search.Languages;

namespace NewsReader.Search;

/// <summary>
/// Splits text into search terms the same way for articles and queries: case and accents are
/// folded ("Café" and "cafe" match), possessives dropped ("Trump’s" is "trump"), and word forms
/// reduced to one stem by the text's language ("meeting" and "meet", "élections" and "élection").
/// Text is read in English unless a language is given; a query is read in every language of the
/// articles it searches.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Queries longer than this are cut: nobody types more, and it bounds the work per request.</summary>
    public const int MaxQueryLength = 512;

    /// <summary>Between a query word's terms when its languages stem it apart ("election", "elect"): any of them matches.</summary>
    public const char TermSeparator = '\u001F';

    // Per language, filled only from articles (TermIds numbers their words), so they are bounded by
    // the articles' vocabulary; a query word not in them is stemmed afresh (a microsecond) and never
    // added, or random query words would grow them for as long as the process runs.
    private static readonly ConcurrentDictionary<string, string>[] Terms =
        [.. Enumerable.Range(0, TextLanguages.Count).Select(_ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal))];

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>[] TermsBySpan =
        [.. Terms.Select(table => table.GetAlternateLookup<ReadOnlySpan<char>>())];

    /// <summary>The text's tokens read as English.</summary>
    public static List<SearchToken> Tokenize(string text) => Tokenize(text, TextLanguage.English);

    /// <summary>The text's tokens read in its language: an article's words are stemmed as its language wants.</summary>
    public static List<SearchToken> Tokenize(string text, TextLanguage language) => Tokenize(text, [language]);

    /// <summary>
    /// A query's tokens read in each of the languages: a word whose languages stem it apart has each
    /// term that some article holds, joined by <see cref="TermSeparator"/> (any of them matches).
    /// </summary>
    public static List<SearchToken> Tokenize(string text, IReadOnlyList<TextLanguage> languages)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(languages);
        var collector = new TokenCollector([], languages.Count == 0 ? [TextLanguage.English] : languages);
        WordScanner.Scan(text, ref collector);
        return collector.Tokens;
    }

    /// <summary>Lower-case ASCII for one word, as the suggestion vocabulary keeps it.</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var collector = new TokenCollector([], [TextLanguage.Other]);
        WordScanner.Scan(word, ref collector);
        return string.Concat(collector.Tokens.Select(token => token.Folded));
    }

    /// <summary>
    /// What a language's stemmer reads: the word with its accents and script, except in English,
    /// whose stemmer knows only a–z (so "Café’s" is read as "cafe", as before), and where nothing is
    /// stemmed.
    /// </summary>
    internal static ReadOnlySpan<char> SpellingOf(TextLanguage language, ReadOnlySpan<char> word, ReadOnlySpan<char> folded) =>
        language is TextLanguage.English or TextLanguage.Other ? folded : word;

    /// <summary>The term of an article's word (as <see cref="SpellingOf"/> gives it), kept for the queries and snippets that meet it again.</summary>
    internal static string TermOfArticleWord(TextLanguage language, string spelling) =>
        Terms[(int)language].GetOrAdd(spelling, static (s, l) => Analyse(l, s), language);

    /// <summary>The term of any word: looked up when an article has it, computed (and not kept) otherwise.</summary>
    internal static string TermOf(TextLanguage language, ReadOnlySpan<char> spelling) =>
        TermsBySpan[(int)language].TryGetValue(spelling, out var term) ? term : Analyse(language, spelling.ToString());

    /// <summary>For tests: whether an English word's term is kept process-wide.</summary>
    internal static bool KeepsStemOf(string folded) => Terms[(int)TextLanguage.English].ContainsKey(folded);

    /// <summary>Stem first (the stemmer needs the accents), then fold to the form the index keeps.</summary>
    private static string Analyse(TextLanguage language, string spelling) => WordScanner.Fold(Stemmers.Stem(language, spelling));

    private readonly struct TokenCollector(List<SearchToken> tokens, IReadOnlyList<TextLanguage> languages) : IWordVisitor
    {
        public List<SearchToken> Tokens => tokens;

        public void Visit(ReadOnlySpan<char> word, ReadOnlySpan<char> folded, int start, int length)
        {
            var term = TermOf(languages[0], SpellingOf(languages[0], word, folded));
            if (languages.Count > 1)
            {
                term = TermsIn(term, word, folded);
            }

            tokens.Add(new SearchToken(term, folded.ToString(), start, length));
        }

        /// <summary>
        /// The word's distinct terms in every language that some article holds, joined; the first
        /// language's term when none is held (so a word no article has still finds nothing).
        /// </summary>
        private string TermsIn(string first, ReadOnlySpan<char> word, ReadOnlySpan<char> folded)
        {
            List<string>? held = TermIds.Find(first) >= 0 ? [first] : null;
            for (var i = 1; i < languages.Count; i++)
            {
                var term = TermOf(languages[i], SpellingOf(languages[i], word, folded));
                if ((held is null || !held.Contains(term)) && TermIds.Find(term) >= 0)
                {
                    (held ??= []).Add(term);
                }
            }

            return held switch
            {
                null => first,
                [var only] => only,
                _ => string.Join(TermSeparator, held),
            };
        }
    }
}

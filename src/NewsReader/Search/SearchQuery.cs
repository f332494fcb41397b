using System.Collections.Immutable;
using NewsReader.Search.Languages;

namespace NewsReader.Search;

/// <summary>A parsed query: loose words and "quoted phrases", each as search terms.</summary>
public sealed record SearchQuery(ImmutableArray<SearchToken> Words, ImmutableArray<ImmutableArray<SearchToken>> Phrases)
{
    /// <summary>Bounds the work any one query can cause.</summary>
    public const int MaxTerms = 32;

    public bool IsEmpty => Words.IsEmpty && Phrases.IsEmpty;

    /// <summary>Every distinct term, loose or in a phrase.</summary>
    public IEnumerable<string> Terms => Words.Concat(Phrases.SelectMany(p => p)).Select(t => t.Term).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The languages of the articles the query was read for (each word's term is any of its stems
    /// in them); empty when it was read for no index in particular, as English.
    /// </summary>
    public IReadOnlyList<TextLanguage> Languages { get; private init; } = [];

    /// <summary>The text the query was read from, to read it again in one language.</summary>
    private string Source { get; init; } = "";

    /// <summary>The query read as English, for no index in particular.</summary>
    public static SearchQuery Parse(string? text) => Parse(text, []);

    /// <summary>The query read in every language of the articles it searches ("élections" finds French and English articles alike).</summary>
    public static SearchQuery Parse(string? text, IReadOnlyList<TextLanguage> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SearchQuery([], []) { Languages = languages };
        }

        if (text.Length > SearchTokenizer.MaxQueryLength)
        {
            text = text[..SearchTokenizer.MaxQueryLength];
        }

        var words = ImmutableArray.CreateBuilder<SearchToken>();
        var phrases = ImmutableArray.CreateBuilder<ImmutableArray<SearchToken>>();
        text = text.Replace('“', '"').Replace('”', '"');
        if (text.Count(c => c == '"') % 2 == 1)
        {
            // An unmatched quote opens no phrase (a pasted sentence often carries one).
            text = text.Remove(text.LastIndexOf('"'), 1);
        }

        var parts = text.Split('"');
        var budget = MaxTerms;
        for (var i = 0; i < parts.Length && budget > 0; i++)
        {
            var tokens = SearchTokenizer.Tokenize(parts[i], languages).Take(budget).ToImmutableArray();
            budget -= tokens.Length;
            // Odd parts sit between quotes; a one-word "phrase" is just a word.
            if (i % 2 == 1 && tokens.Length > 1)
            {
                phrases.Add(tokens);
            }
            else
            {
                words.AddRange(tokens);
            }
        }

        return new SearchQuery(words.ToImmutable(), phrases.ToImmutable()) { Languages = languages, Source = text };
    }

    /// <summary>
    /// The query read in one language only, as an article in that language holds its words: each
    /// word then has the one term the article's tokens can equal (snippets mark them).
    /// </summary>
    public SearchQuery In(TextLanguage language) =>
        Languages.Count == 1 && Languages[0] == language ? this : Parse(Source, [language]);
}

using System.Collections.Concurrent;
using System.Text;
using AnyAscii;

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
    private static readonly ConcurrentDictionary<char, string> FoldedCharacters = new();

    public static List<SearchToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var tokens = new List<SearchToken>();
        var word = new StringBuilder();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c) || (IsApostrophe(c) && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                if (start < 0)
                {
                    start = i;
                }

                AppendFolded(word, c);
                continue;
            }

            if (start >= 0)
            {
                AddToken(tokens, word, start, i - start);
                word.Clear();
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>Lower-case ASCII for one word, as the suggestion vocabulary keeps it.</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var folded = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            AppendFolded(folded, c);
        }

        return folded.ToString();
    }

    private static void AddToken(List<SearchToken> tokens, StringBuilder word, int start, int length)
    {
        var folded = word.ToString();
        // "trump's" indexes as "trump"; other apostrophes ("o'brien", "don't") simply join.
        if (folded.EndsWith("'s", StringComparison.Ordinal))
        {
            folded = folded[..^2];
        }

        folded = folded.Replace("'", "", StringComparison.Ordinal);
        if (folded.Length > 0)
        {
            tokens.Add(new SearchToken(Stems.GetOrAdd(folded, PorterStemmer.Stem), folded, start, length));
        }
    }

    private static void AppendFolded(StringBuilder word, char c)
    {
        if (char.IsAscii(c))
        {
            word.Append(IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c));
        }
        else if (IsApostrophe(c))
        {
            word.Append('\'');
        }
        else
        {
            word.Append(FoldedCharacters.GetOrAdd(c, static ch => ch.ToString().Transliterate().ToLowerInvariant()));
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}

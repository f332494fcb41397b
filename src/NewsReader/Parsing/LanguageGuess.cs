using System.Globalization;
using NewsReader.Search.Languages;

namespace NewsReader.Parsing;

/// <summary>
/// A cheap language guess from an article's text, to catch a declared language that is plainly
/// wrong (a French page saved with <c>lang="en"</c>). The script decides first (Arabic, Hebrew,
/// Cyrillic, Greek, Thai, Devanagari, Hangul, kana, Han); Latin text is told apart by its most common
/// words for en, fr, de, es, it, pt and nl only. It answers only when the evidence is clear, and
/// <see cref="Reconcile"/> keeps the declared tag unless the text contradicts it; it names a language
/// the page does not declare only from a non-Latin script.
/// </summary>
public static class LanguageGuess
{
    private const int MinLetters = 40;
    private const int MinWords = 12;

    // The same common words the search's language detector counts: one list per language, kept in one place.
    private static readonly Dictionary<string, HashSet<string>> StopWords = new(StringComparer.Ordinal)
    {
        ["en"] = Words(TextLanguage.English),
        ["fr"] = Words(TextLanguage.French),
        ["de"] = Words(TextLanguage.German),
        ["es"] = Words(TextLanguage.Spanish),
        ["it"] = Words(TextLanguage.Italian),
        ["pt"] = Words(TextLanguage.Portuguese),
        ["nl"] = Words(TextLanguage.Dutch),
    };

    // The script of each tag whose script the guess can tell; a Latin-script tag is absent.
    private static readonly Dictionary<string, string> ScriptOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = "Arab",
        ["fa"] = "Arab",
        ["ur"] = "Arab",
        ["ps"] = "Arab",
        ["ug"] = "Arab",
        ["ku"] = "Arab",
        ["sd"] = "Arab",
        ["he"] = "Hebr",
        ["yi"] = "Hebr",
        ["iw"] = "Hebr",
        ["ru"] = "Cyrl",
        ["uk"] = "Cyrl",
        ["bg"] = "Cyrl",
        ["sr"] = "Cyrl",
        ["mk"] = "Cyrl",
        ["be"] = "Cyrl",
        ["kk"] = "Cyrl",
        ["mn"] = "Cyrl",
        ["el"] = "Grek",
        ["th"] = "Thai",
        ["hi"] = "Deva",
        ["mr"] = "Deva",
        ["ne"] = "Deva",
        ["zh"] = "Hani",
        ["ja"] = "Jpan",
        ["ko"] = "Kore",
    };

    /// <summary>The first declared tag the text agrees with; else the first one the text cannot contradict, or the guess.</summary>
    public static string? Reconcile(IReadOnlyList<string> declared, string text)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(text);
        var guess = Guess(text);
        var agreeing = declared.FirstOrDefault(tag => guess.Language is { } language && string.Equals(tag.Split('-')[0], language, StringComparison.OrdinalIgnoreCase));
        return agreeing ?? Reconcile(declared.Count > 0 ? declared[0] : null, text);
    }

    /// <summary>The declared tag when the text agrees with it or cannot tell; the guess when the text clearly says otherwise.</summary>
    public static string? Reconcile(string? declared, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (script, language) = Guess(text);
        if (script is null)
        {
            return declared;
        }

        var primary = declared?.Split('-')[0].ToLowerInvariant();
        var declaredScript = primary is null ? null : ScriptOf.GetValueOrDefault(primary, "Latn");
        if (declaredScript == script && (language is null || primary == language || !StopWords.ContainsKey(primary!)))
        {
            return declared;
        }

        // A script the tag cannot be written in, or one of the seven languages mistaken for another. With
        // no tag at all only the script speaks: a page that declares nothing is not given a Latin-script
        // language on word counts alone, but Arabic or Chinese text is named, for its direction and fonts.
        if (declared is not null && declaredScript == script)
        {
            return language;
        }

        return script switch
        {
            "Arab" => "ar",
            "Hebr" => "he",
            "Grek" => "el",
            "Thai" => "th",
            "Hani" => "zh",
            "Jpan" => "ja",
            "Kore" => "ko",
            _ => declared is null ? null : language ?? declared,
        };
    }

    /// <summary>The text's dominant script (ISO 15924) and, where the words tell, its language.</summary>
    public static (string? Script, string? Language) Guess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var letters = 0;
        foreach (var c in text.Length > 20_000 ? text[..20_000] : text)
        {
            if (ScriptOfLetter(c) is { } script)
            {
                counts[script] = counts.GetValueOrDefault(script) + 1;
                letters++;
            }
        }

        if (letters < MinLetters)
        {
            return (null, null);
        }

        // Chinese and Japanese text is mostly Han; any real share of kana makes it Japanese.
        var (han, kana) = (counts.GetValueOrDefault("Hani"), counts.GetValueOrDefault("Kana"));
        if ((han + kana) * 2 >= letters)
        {
            return kana * 10 > han + kana ? ("Jpan", "ja") : ("Hani", "zh");
        }

        var (top, count) = counts.MaxBy(pair => pair.Value);
        if (count * 2 < letters)
        {
            return (null, null);
        }

        return top switch
        {
            "Latn" => ("Latn", LatinLanguage(text)),
            "Hang" => ("Kore", "ko"),
            "Arab" => ("Arab", null),
            "Hebr" => ("Hebr", null),
            "Cyrl" => ("Cyrl", null),
            "Grek" => ("Grek", "el"),
            "Thai" => ("Thai", "th"),
            _ => (top, null),
        };
    }

    private static string? LatinLanguage(string text)
    {
        var words = text.Split((char[])[' ', '\n', '\t', '\r', ',', '.', ';', ':', '!', '?', '"', '(', ')', '«', '»', '“', '”', '’', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Take(2000).Select(w => w.ToLowerInvariant()).ToList();
        if (words.Count < MinWords)
        {
            return null;
        }

        var scores = StopWords.Select(pair => (Language: pair.Key, Hits: words.Count(pair.Value.Contains))).OrderByDescending(s => s.Hits).ToList();
        var (best, second) = (scores[0], scores[1]);

        // Clear only when the common words are common enough and one language leads by half again.
        return best.Hits * 8 >= words.Count && best.Hits * 2 >= second.Hits * 3 ? best.Language : null;
    }

    private static string? ScriptOfLetter(char c)
    {
        if (!char.IsLetter(c))
        {
            return null;
        }

        return c switch
        {
            < '\u0250' => "Latn",
            >= '\u0370' and < '\u0400' => "Grek",
            >= '\u0400' and < '\u0530' => "Cyrl",
            >= '\u0590' and < '\u0600' => "Hebr",
            >= '\u0600' and < '\u0780' => "Arab",
            >= '\u0900' and < '\u0980' => "Deva",
            >= '\u0E00' and < '\u0E80' => "Thai",
            >= '\u1E00' and < '\u1F00' => "Latn",
            >= '\u3040' and < '\u3100' => "Kana",
            >= '\u3400' and < '\uA000' => "Hani",
            >= '\uAC00' and < '\uD7B0' => "Hang",
            >= '\uFB1D' and < '\uFB50' => "Hebr",
            >= '\uFB50' and < '\uFE00' => "Arab",
            >= '\uFE70' and < '\uFF00' => "Arab",
            _ => char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter ? "Other" : null,
        };
    }

    private static HashSet<string> Words(TextLanguage language) => new(FunctionWords.Of(language), StringComparer.Ordinal);
}

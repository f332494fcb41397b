namespace NewsReader.Search;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer for English, so that "meeting" and "meet", or
/// "talks" and "talk", index as one term. Written from the algorithm's published rules; it
/// expects lower-case ASCII and returns other input unchanged.
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var w = new Word(word);
        Step1A(w);
        Step1B(w);
        Step1C(w);
        Step2(w);
        Step3(w);
        Step4(w);
        Step5(w);
        return w.ToString();
    }

    private static void Step1A(Word w)
    {
        if (w.EndsWith("sses")) { w.Cut(2); }
        else if (w.EndsWith("ies")) { w.Cut(2); }
        else if (w.EndsWith("ss")) { }
        else if (w.EndsWith("s")) { w.Cut(1); }
    }

    private static void Step1B(Word w)
    {
        if (w.EndsWith("eed"))
        {
            if (w.Measure(w.Length - 3) > 0)
            {
                w.Cut(1);
            }

            return;
        }

        var cut = w.EndsWith("ed") ? 2 : w.EndsWith("ing") ? 3 : 0;
        if (cut == 0 || !w.HasVowel(w.Length - cut))
        {
            return;
        }

        w.Cut(cut);
        if (w.EndsWith("at") || w.EndsWith("bl") || w.EndsWith("iz"))
        {
            w.Append("e");
        }
        else if (w.EndsWithDoubleConsonant() && !(w.EndsWith("l") || w.EndsWith("s") || w.EndsWith("z")))
        {
            w.Cut(1);
        }
        else if (w.Measure(w.Length) == 1 && w.EndsWithCvc(w.Length))
        {
            w.Append("e");
        }
    }

    private static void Step1C(Word w)
    {
        if (w.EndsWith("y") && w.HasVowel(w.Length - 1))
        {
            w.ReplaceEnd(1, "i");
        }
    }

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
        "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ];

    private static void Step2(Word w) => ReplaceIfMeasured(w, Step2Rules);

    private static void Step3(Word w) => ReplaceIfMeasured(w, Step3Rules);

    private static void ReplaceIfMeasured(Word w, (string Suffix, string Replacement)[] rules)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (w.EndsWith(suffix))
            {
                if (w.Measure(w.Length - suffix.Length) > 0)
                {
                    w.ReplaceEnd(suffix.Length, replacement);
                }

                return;
            }
        }
    }

    private static void Step4(Word w)
    {
        // The longest matching suffix decides; "ement" must win over "ment" and "ent".
        foreach (var suffix in Step4Suffixes.OrderByDescending(s => s.Length))
        {
            if (!w.EndsWith(suffix))
            {
                continue;
            }

            var stem = w.Length - suffix.Length;
            var ionAllowed = suffix != "ion" || (stem > 0 && w[stem - 1] is 's' or 't');
            if (w.Measure(stem) > 1 && ionAllowed)
            {
                w.Cut(suffix.Length);
            }

            return;
        }
    }

    private static void Step5(Word w)
    {
        if (w.EndsWith("e"))
        {
            var m = w.Measure(w.Length - 1);
            if (m > 1 || (m == 1 && !w.EndsWithCvc(w.Length - 1)))
            {
                w.Cut(1);
            }
        }

        if (w.Measure(w.Length) > 1 && w.EndsWithDoubleConsonant() && w.EndsWith("l"))
        {
            w.Cut(1);
        }
    }
}

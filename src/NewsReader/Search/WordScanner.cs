using System.Collections.Concurrent;
using AnyAscii;

namespace NewsReader.Search;

/// <summary>Receives each word of a text, lowered and folded, from <see cref="WordScanner"/>.</summary>
internal interface IWordVisitor
{
    /// <param name="word">Lower case with its accents and in its own script, as a stemmer wants it; possessive removed, other apostrophes kept as '; valid only during the call.</param>
    /// <param name="folded">The same word in lower-case ASCII (the same span when the word is plain ASCII); valid only during the call.</param>
    /// <param name="start">Where the word starts in the text.</param>
    /// <param name="length">Its length in the text.</param>
    void Visit(ReadOnlySpan<char> word, ReadOnlySpan<char> folded, int start, int length);
}

/// <summary>
/// The one definition of a word for search, shared by articles and queries so both split alike:
/// letters and digits, with apostrophes inside a word; case and accents folded ("Café" is
/// "cafe"); "Trump’s" is "trump"; other apostrophes join ("o'brien" is "obrien"). Each word is
/// given lowered as written too, for the stemmers, which need accents and Cyrillic (and
/// apostrophes, to drop French and Italian elided articles: <see cref="Languages.Stemmers"/>). Chinese,
/// Japanese and Korean are written without spaces between words, so a run of their characters is
/// read as its overlapping pairs ("宇航员" is "宇航", "航员"), kept as written: a query's pairs then
/// meet the article's wherever its words sit in a sentence. Folds into a reused buffer, so scanning
/// a text allocates nothing per word.
/// </summary>
internal static class WordScanner
{
    private static readonly ConcurrentDictionary<char, string> FoldedCharacters = new();

    [ThreadStatic]
    private static char[]? _buffer;

    [ThreadStatic]
    private static char[]? _lowered;

    public static void Scan<TVisitor>(ReadOnlySpan<char> text, ref TVisitor visitor)
        where TVisitor : struct, IWordVisitor
    {
        var buffer = _buffer ??= new char[64];
        var lowered = _lowered ??= new char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            if (IsCjk(text[i]))
            {
                i = ScanCjk(text, i, ref visitor);
                continue;
            }

            // Most words of most articles are plain ASCII letters and digits: those are lowered in
            // one vectorised copy. Anything else (accents, apostrophes) takes the general path.
            var start = i;
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i == text.Length || !IsWordPart(text, i, start))
            {
                Ensure(ref buffer, i - start);
                System.Text.Ascii.ToLower(text.Slice(start, i - start), buffer, out var written);
                var ascii = buffer.AsSpan(0, written);
                Visit(ref visitor, ascii, ascii, start, i - start);
                continue;
            }

            var (used, lowerUsed) = (0, 0);
            for (i = start; i < text.Length && IsWordPart(text, i, start); i++)
            {
                used = AppendFolded(ref buffer, used, text[i]);
                Ensure(ref lowered, lowerUsed + 1);
                lowered[lowerUsed++] = IsApostrophe(text[i]) ? '\'' : char.ToLowerInvariant(text[i]);
            }

            Visit(ref visitor, WithoutPossessive(lowered.AsSpan(0, lowerUsed)), Tidy(buffer.AsSpan(0, used)), start, i - start);
        }

        _buffer = buffer;
        _lowered = lowered;
    }

    /// <summary>The lower-case ASCII form of a word already lowered, such as a stem: the form the index keeps (CJK pairs stay as written).</summary>
    public static string Fold(string word)
    {
        if (System.Text.Ascii.IsValid(word))
        {
            return word;
        }

        var buffer = new char[word.Length + 8];
        var used = 0;
        foreach (var c in word)
        {
            if (IsCjk(c))
            {
                Ensure(ref buffer, used + 1);
                buffer[used++] = c;
                continue;
            }

            used = AppendFolded(ref buffer, used, c);
        }

        return new string(buffer, 0, used);
    }

    private static void Visit<TVisitor>(ref TVisitor visitor, ReadOnlySpan<char> word, ReadOnlySpan<char> folded, int start, int length)
        where TVisitor : struct, IWordVisitor
    {
        if (!word.IsEmpty && !folded.IsEmpty)
        {
            visitor.Visit(word, folded, start, length);
        }
    }

    /// <summary>Letters and digits, and an apostrophe inside a word (followed by a letter); a CJK character starts words of its own.</summary>
    private static bool IsWordPart(ReadOnlySpan<char> text, int i, int start)
    {
        var c = text[i];
        return (char.IsLetterOrDigit(c) && !IsCjk(c)) || (IsApostrophe(c) && i > start && i + 1 < text.Length && char.IsLetter(text[i + 1]));
    }

    /// <summary>Visits each overlapping pair of a run of CJK characters (the lone character of a run of one); returns where the run ends.</summary>
    private static int ScanCjk<TVisitor>(ReadOnlySpan<char> text, int start, ref TVisitor visitor)
        where TVisitor : struct, IWordVisitor
    {
        var end = start;
        while (end < text.Length && IsCjk(text[end]))
        {
            end++;
        }

        if (end - start == 1)
        {
            visitor.Visit(text.Slice(start, 1), text.Slice(start, 1), start, 1);
            return end;
        }

        for (var i = start; i + 1 < end; i++)
        {
            visitor.Visit(text.Slice(i, 2), text.Slice(i, 2), i, 2);
        }

        return end;
    }

    /// <summary>Han ideographs, Japanese kana and Hangul: scripts written without spaces between words (Korean mostly with, but pairs find it too).</summary>
    private static bool IsCjk(char c) => c switch
    {
        >= '\u3040' and <= '\u30FF' => true,   // Hiragana, Katakana
        >= '\u31F0' and <= '\u31FF' => true,   // Katakana phonetic extensions
        >= '\u3400' and <= '\u4DBF' => true,   // Han, extension A
        >= '\u4E00' and <= '\u9FFF' => true,   // Han
        >= '\uAC00' and <= '\uD7AF' => true,   // Hangul syllables
        >= '\uF900' and <= '\uFAFF' => true,   // Han compatibility
        >= '\uFF66' and <= '\uFF9F' => true,   // half-width Katakana
        _ => false,
    };

    private static Span<char> WithoutPossessive(Span<char> word) => word.EndsWith("'s") ? word[..^2] : word;

    private static Span<char> Tidy(Span<char> word)
    {
        word = WithoutPossessive(word);

        var kept = 0;
        foreach (var c in word)
        {
            if (c != '\'')
            {
                word[kept++] = c;
            }
        }

        return word[..kept];
    }

    private static int AppendFolded(ref char[] buffer, int used, char c)
    {
        if (char.IsAscii(c) || IsApostrophe(c))
        {
            Ensure(ref buffer, used + 1);
            buffer[used] = IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
            return used + 1;
        }

        var folded = FoldedCharacters.GetOrAdd(c, static ch => ch.ToString().Transliterate().ToLowerInvariant());
        Ensure(ref buffer, used + folded.Length);
        folded.CopyTo(buffer.AsSpan(used));
        return used + folded.Length;
    }

    private static void Ensure(ref char[] buffer, int length)
    {
        if (length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}

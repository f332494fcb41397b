using NewsReader.Articles;

namespace NewsReader.Search.Languages;

/// <summary>
/// Tells the language of an article that does not declare one, from its first hundred words or so:
/// the script first (Cyrillic is read as Russian unless it has Ukrainian letters; Chinese,
/// Japanese, Arabic and the rest are not stemmed), then for Latin script which language's
/// <see cref="FunctionWords"/> the text uses most. It errs towards English, as search read every
/// article before: text too short to tell is English; a long text with too few of any
/// language's common words (Polish, Turkish, Vietnamese…) is <see cref="TextLanguage.Other"/>.
/// </summary>
internal static class LanguageDetector
{
    private const int EnoughWords = 80;
    private const int MinWords = 12;
    private const int MaxCharactersPerBlock = 600;

    [ThreadStatic]
    private static char[]? _text;

    public static TextLanguage Detect(Article article)
    {
        var counts = new Counts();
        var visitor = new Counter(counts);
        WordScanner.Scan(Cut(article.Headline), ref visitor);
        var text = _text ??= [];
        foreach (var block in article.Body)
        {
            if (counts.Decided)
            {
                break;
            }

            WordScanner.Scan(Cut(block.DecodeText(ref text)), ref visitor);
        }

        _text = text;
        return counts.Language();
    }

    /// <summary>The language of a text on its own (a test, or text with no article around it).</summary>
    public static TextLanguage Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Counts();
        var visitor = new Counter(counts);
        WordScanner.Scan(text, ref visitor);
        return counts.Language();
    }

    /// <summary>
    /// The language of a headline and the paragraphs after it, read as far as the paragraph that
    /// takes the sample past <paramref name="sampleLength"/> characters: what
    /// <see cref="Detect(string)"/> makes of them joined by newlines, without joining them.
    /// </summary>
    public static TextLanguage Detect(string headline, IReadOnlyList<string> paragraphs, int sampleLength)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var counts = new Counts();
        var visitor = new Counter(counts);
        WordScanner.Scan(headline, ref visitor);
        var length = headline.Length;
        for (var i = 0; i < paragraphs.Count && length < sampleLength; i++)
        {
            // A newline between them parts words as it would in the joined text.
            WordScanner.Scan(paragraphs[i], ref visitor);
            length += 1 + paragraphs[i].Length;
        }

        return counts.Language();
    }

    private static ReadOnlySpan<char> Cut(ReadOnlySpan<char> text) => text.Length > MaxCharactersPerBlock ? text[..MaxCharactersPerBlock] : text;

    private sealed class Counts
    {
        public readonly int[] Hits = new int[FunctionWords.Languages.Length];
        public int Latin;
        public int Cyrillic;
        public int Ukrainian;
        public int Other;

        public bool Decided => Latin + Cyrillic + Other >= EnoughWords;

        public TextLanguage Language()
        {
            if (Cyrillic > Latin && Cyrillic >= Other)
            {
                // і, ї, є and ґ are Ukrainian letters Russian does not use.
                return Ukrainian * 20 > Cyrillic ? TextLanguage.Other : TextLanguage.Russian;
            }

            if (Other > Latin)
            {
                return TextLanguage.Other;
            }

            var (best, second) = (0, -1);
            for (var i = 1; i < Hits.Length; i++)
            {
                if (Hits[i] > Hits[best])
                {
                    (best, second) = (i, best);
                }
                else if (second < 0 || Hits[i] > Hits[second])
                {
                    second = i;
                }
            }

            if (Latin < MinWords)
            {
                return Hits[best] >= 2 && Hits[best] > Hits[second] ? FunctionWords.Languages[best] : TextLanguage.English;
            }

            // In any of these languages common words are a third of the text or more; fewer than one in eight is another language.
            return Hits[best] * 8 < Latin ? TextLanguage.Other : FunctionWords.Languages[best];
        }
    }

    private readonly struct Counter(Counts counts) : IWordVisitor
    {
        public void Visit(ReadOnlySpan<char> word, ReadOnlySpan<char> folded, int start, int length)
        {
            var first = word[0];
            if (char.IsAsciiDigit(first))
            {
                return;
            }

            if (first < '\u0250' || first is >= '\u1E00' and < '\u1F00')
            {
                counts.Latin++;
                if (FunctionWords.MasksBySpan.TryGetValue(word, out var mask))
                {
                    for (var i = 0; i < counts.Hits.Length; i++)
                    {
                        counts.Hits[i] += (mask >> i) & 1;
                    }
                }
            }
            else if (first is >= '\u0400' and < '\u0530')
            {
                counts.Cyrillic++;
                counts.Ukrainian += word.IndexOfAny("іїєґ") >= 0 ? 1 : 0;
            }
            else
            {
                counts.Other++;
            }
        }
    }
}

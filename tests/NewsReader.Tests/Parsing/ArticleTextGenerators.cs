using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace NewsReader.Tests.Parsing;

/// <summary>
/// FsCheck generators for the parsers' inputs. Valid articles are generated as a structure and
/// rendered to text, so the expected headline and blocks are known without parsing anything.
/// </summary>
public static class ArticleTextGenerators
{
    // Headlines stay within PlainTextArticleParser.MaxHeadlineLength by construction: a word is at
    // most 7 pieces of up to 2 chars (the emoji) plus one letter, so 12 words and 11 spaces are at most 191 chars.
    private const int MaxHeadlineWords = 12;
    private const int MaxPiecesPerWord = 8;

    private static readonly ImmutableArray<byte> Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly ImmutableArray<byte> Utf16LeBom = [0xFF, 0xFE];
    private static readonly ImmutableArray<byte> Utf16BeBom = [0xFE, 0xFF];

    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉèüÖłŁñßøçŠšЖжДяΩλ中文字日本語한국";
    private const string Digits = "0123456789";

    // No whitespace and nothing the cleaner removes; the emoji is a surrogate pair that must survive intact.
    private static readonly string[] Marks = ["’", "‘", "“", "”", ",", ".", "—", "–", "'", "-", "(", ")", "!", "?", ":", ";", "%", "£", "€", "&", "…", "🙂"];

    // Flat tables weighted by repetition (about 65% letters, 15% digits, 20% marks): one Choose per
    // character keeps the thousands of words an article needs cheap to generate.
    private static readonly string[] Pieces = [.. Letters.Select(c => c.ToString()), .. Digits.Select(c => c.ToString()), .. Digits.Select(c => c.ToString()), .. Marks];
    private static readonly string[] Cores = [.. Letters.Select(c => c.ToString()), .. Digits.Select(c => c.ToString()), .. Digits.Select(c => c.ToString())];

    private static readonly string[] LineBreaks = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\f", "\v"];

    private static readonly string[] ZeroWidth = ["\u200B", "\u200E", "\u200F", "\u2060", "\uFEFF"];

    private static readonly Regex CharacterReference = new("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", RegexOptions.CultureInvariant);

    private static readonly string[] OddSpaces = [" ", "  ", "\t", "\u00A0", "\u3000", "\u2003"];

    public static Arbitrary<GeneratedArticle> Articles() => Arb.From(ArticleGen(), ShrinkArticle);

    public static Arbitrary<HostileText> HostileTexts() => Arb.From(
        HostileStringGen().Select(s => new HostileText(s)),
        text => ShrinkByRemovingRuns(text.Value.Length)
            .Select(cut => new HostileText(text.Value.Remove(cut.Start, cut.Length))));

    public static Arbitrary<FileBytes> Files() => Arb.From(Gen.Frequency(
        (3, Gen.Choose(0, 512).SelectMany(ArbitraryBytes).Select(b => new FileBytes("random bytes", b))),
        (2, Gen.Choose(1, 512).SelectMany(BytesWithNuls).Select(b => new FileBytes("text bytes with NULs", b))),
        (2, Gen.Choose(1, 512).SelectMany(HighBytes).Select(b => new FileBytes("ASCII and high bytes", b))),
        (3, BomThenRandomBytes()),
        (2, OddLengthUtf16()),
        (3, EncodedHostileText()),
        (2, CorruptedUtf8Article()),
        (2, ArticleWithStrayCharacters())),
        file => ShrinkByRemovingRuns(file.Bytes.Length)
            .Select(cut => file with { Bytes = file.Bytes.RemoveRange(cut.Start, cut.Length) }));

    /// <summary>Writes a string with every non-printable or non-ASCII character escaped, for failure messages.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var escaped = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            escaped.Append(c is >= ' ' and <= '~' and not '"' and not '\\'
                ? c.ToString()
                : c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                });
        }

        return escaped.Append('"').ToString();
    }

    private static Gen<GeneratedArticle> ArticleGen() =>
        from headline in Gen.Choose(1, MaxHeadlineWords).SelectMany(n => WordGen().ArrayOf(n))
        from blockCount in Gen.Choose(0, 30)
        from blocks in Gen.CollectToArray(Enumerable.Range(0, blockCount), BlockGen)
        from lineEnding in Gen.Elements("\n", "\r\n", "\r")
        from leadingBom in Gen.Elements(false, false, true)
        from leadingBlankLines in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from blankLine in Gen.Elements("", "", " ", "\t", " \t ")
        from headlineTrailing in TrailingGen()
        from trailingLineEndings in Gen.Choose(0, 3)
        select new GeneratedArticle(
            [.. headline], [.. blocks], lineEnding, leadingBom, leadingBlankLines, blankLine, headlineTrailing, trailingLineEndings);

    private static Gen<GeneratedBlock> BlockGen(int index) =>
        from wordCount in Gen.Choose(1, 60)
        from words in WordGen().ArrayOf(wordCount)
        from blankLines in BlankLinesBefore(index)
        from wordsPerLine in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 12)))
        from trailing in TrailingGen()
        select new GeneratedBlock([.. words], blankLines, wordsPerLine, trailing);

    /// <summary>Only the first block may follow its line directly: that is body text under the headline.</summary>
    private static Gen<int> BlankLinesBefore(int blockIndex) => blockIndex == 0
        ? Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 3)))
        : Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Choose(2, 4)));

    private static Gen<string> TrailingGen() => Gen.Elements("", "", "", " ", "  ", "\t", " \t ");

    /// <summary>A word of letters, digits and punctuation with at least one BMP letter or digit, so it counts as a word.</summary>
    private static Gen<string> WordGen() =>
        from pieceCount in Gen.Choose(0, MaxPiecesPerWord - 1)
        from pieces in Gen.Choose(0, Pieces.Length - 1).ArrayOf(pieceCount)
        from core in Gen.Choose(0, Cores.Length - 1)
        from at in Gen.Choose(0, pieceCount)
        let word = string.Concat(pieces.Take(at).Select(i => Pieces[i])) + Cores[core] + string.Concat(pieces.Skip(at).Select(i => Pieces[i]))
        // "&xi;" is a character reference, which ingestion decodes by design (EntityDecodingTests):
        // a word that spells one by chance (about 1 in 30,000 runs) is not text kept as written.
        where !CharacterReference.IsMatch(word)
        select word;

    private static Gen<string> PieceGen() => Gen.Elements(Pieces);

    private static IEnumerable<GeneratedArticle> ShrinkArticle(GeneratedArticle article)
    {
        for (var i = 0; i < article.Blocks.Length; i++)
        {
            var fewer = article.Blocks.RemoveAt(i);
            if (i == 0 && fewer.Length > 0 && fewer[0].BlankLinesBefore == 0)
            {
                fewer = fewer.SetItem(0, fewer[0] with { BlankLinesBefore = 1 });
            }

            yield return article with { Blocks = fewer };
        }

        if (article.HeadlineWords.Length > 1)
        {
            yield return article with { HeadlineWords = [article.HeadlineWords[0]] };
        }

        for (var i = 0; i < article.Blocks.Length; i++)
        {
            var block = article.Blocks[i];
            if (block.Words.Length > 1)
            {
                yield return article with { Blocks = article.Blocks.SetItem(i, block with { Words = [.. block.Words.Take(block.Words.Length / 2)] }) };
            }
        }

        if (article.LeadingBom || article.LeadingBlankLines > 0 || article.TrailingLineEndings > 0 || article.HeadlineTrailing.Length > 0)
        {
            yield return article with { LeadingBom = false, LeadingBlankLines = 0, TrailingLineEndings = 0, HeadlineTrailing = "" };
        }
    }

    /// <summary>Shrinks a sequence by cutting out runs, halves first, so a failing file shrinks to the few bytes that matter.</summary>
    private static IEnumerable<(int Start, int Length)> ShrinkByRemovingRuns(int length)
    {
        for (var run = length / 2; run >= 1; run /= 2)
        {
            for (var start = 0; start + run <= length; start += run)
            {
                yield return (start, run);
            }
        }
    }

    private static Gen<string> HostileStringGen()
    {
        var fragment = Gen.Frequency(
            (10, Gen.Choose(' ', '~').Select(c => ((char)c).ToString())),
            (4, PieceGen()),
            (3, Gen.Elements(OddSpaces)),
            (3, Gen.Elements(LineBreaks)),
            (2, Gen.Choose(0, 0x1F).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0x7F, 0x9F).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0xD800, 0xDFFF).Select(c => ((char)c).ToString())),
            (1, Gen.Elements(ZeroWidth)),
            (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));
        var noBreak = fragment.Where(f => !LineBreaks.Contains(f));

        return Gen.Frequency(
            (3, Gen.Choose(0, 300).SelectMany(n => fragment.ArrayOf(n)).Select(string.Concat)),
            // A first line longer than a headline may be, so the shortening code runs; without spaces
            // it has to cut inside a word, and often next to a surrogate pair.
            (1, from length in Gen.Choose(150, 400)
                from alphabet in Gen.Elements(noBreak, Gen.Elements("🙂", "𝒜", "中", "a", "—"))
                from line in alphabet.ArrayOf(length)
                from rest in Gen.Choose(0, 100).SelectMany(n => fragment.ArrayOf(n))
                select string.Concat(line) + "\n" + string.Concat(rest)));
    }

    private static Gen<ImmutableArray<byte>> ArbitraryBytes(int length) =>
        Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(length).Select(b => b.ToImmutableArray());

    private static Gen<ImmutableArray<byte>> BytesWithNuls(int length) =>
        Gen.Frequency((1, Gen.Constant(0)), (8, Gen.Choose(' ', '~')))
            .Select(b => (byte)b).ArrayOf(length).Select(b => b.ToImmutableArray());

    private static Gen<ImmutableArray<byte>> HighBytes(int length) =>
        Gen.Frequency((3, Gen.Choose(0x80, 0xFF)), (3, Gen.Choose(' ', '~')), (1, Gen.Elements<int>('\n', '\r')))
            .Select(b => (byte)b).ArrayOf(length).Select(b => b.ToImmutableArray());

    private static Gen<FileBytes> BomThenRandomBytes() =>
        from bom in Gen.Elements(("UTF-8 BOM", Utf8Bom), ("UTF-16 LE BOM", Utf16LeBom), ("UTF-16 BE BOM", Utf16BeBom))
        from body in Gen.Choose(0, 512).SelectMany(ArbitraryBytes)
        select new FileBytes($"{bom.Item1} then random bytes", [.. bom.Item2, .. body]);

    private static Gen<FileBytes> OddLengthUtf16() =>
        from bigEndian in Gen.Elements(false, true)
        from text in HostileStringGen()
        from extra in Gen.Choose(0, 255)
        let encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode
        select new FileBytes(
            $"UTF-16 {(bigEndian ? "BE" : "LE")} BOM then an odd-length body",
            [.. bigEndian ? Utf16BeBom : Utf16LeBom, .. encoding.GetBytes(text), (byte)extra]);

    /// <summary>Hostile text (NULs and controls included) in every encoding the decoder honours.</summary>
    private static Gen<FileBytes> EncodedHostileText() =>
        from text in HostileStringGen()
        from encoding in Gen.Elements("UTF-8", "UTF-8 BOM", "UTF-16 LE BOM", "UTF-16 BE BOM")
        select new FileBytes($"{encoding} hostile text", Encode(text, encoding));

    /// <summary>A valid article in UTF-8 with a few bytes overwritten, so the Windows-1252 repair runs mid-sequence.</summary>
    private static Gen<FileBytes> CorruptedUtf8Article() =>
        from article in ArticleGen()
        let bytes = Encoding.UTF8.GetBytes(article.Render())
        from edits in Gen.Zip(Gen.Choose(0, Math.Max(0, bytes.Length - 1)), Gen.Choose(1, 255)).ArrayOf(3)
        select new FileBytes("UTF-8 article with overwritten bytes", Corrupt(bytes, edits));

    /// <summary>
    /// A valid article with one to three stray characters (a NUL, a C0 or C1 control, a lone surrogate)
    /// in any encoding the decoder honours: too few to look binary, so they reach the decoded text.
    /// </summary>
    private static Gen<FileBytes> ArticleWithStrayCharacters() =>
        from article in ArticleGen()
        let text = article.Render()
        from count in Gen.Choose(1, 3)
        from strays in StrayGen(text.Length).ArrayOf(count)
        from encoding in Gen.Elements("UTF-8", "UTF-8 BOM", "UTF-16 LE BOM", "UTF-16 BE BOM")
        let withStrays = strays
            .OrderByDescending(stray => stray.At)
            .Aggregate(text, (current, stray) => current.Insert(stray.At, stray.Char.ToString()))
        select new FileBytes($"{encoding} article with stray characters", Encode(withStrays, encoding));

    private static Gen<(int At, char Char)> StrayGen(int textLength) =>
        from at in Gen.Choose(0, textLength)
        from code in Gen.Frequency(
            (3, Gen.Constant(0)),
            (1, Gen.Choose(1, 0x1F)),
            (1, Gen.Choose(0x7F, 0x9F)),
            (1, Gen.Choose(0xD800, 0xDFFF)))
        select (at, (char)code);

    private static ImmutableArray<byte> Encode(string text, string encoding) => encoding switch
    {
        "UTF-8" => [.. Encoding.UTF8.GetBytes(text)],
        "UTF-8 BOM" => [.. Utf8Bom, .. Encoding.UTF8.GetBytes(text)],
        "UTF-16 LE BOM" => [.. Utf16LeBom, .. Encoding.Unicode.GetBytes(text)],
        _ => [.. Utf16BeBom, .. Encoding.BigEndianUnicode.GetBytes(text)],
    };

    private static ImmutableArray<byte> Corrupt(byte[] bytes, (int At, int Value)[] edits)
    {
        var corrupted = (byte[])bytes.Clone();
        foreach (var (at, value) in edits)
        {
            if (at < corrupted.Length)
            {
                corrupted[at] = (byte)value;
            }
        }

        return [.. corrupted];
    }
}

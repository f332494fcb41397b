using NewsReader.Articles;

namespace NewsReader.Benchmarks.Relevance;

/// <summary>
/// The queries a reader who remembers an article would type, derived from the article the same way
/// every run (no clock, no global random): its headline, a distinctive run of its words, a rare
/// word of it misspelt.
/// </summary>
internal static class KnownItems
{
    /// <summary>Words in a distinctive run: long enough to be specific, short enough to remember.</summary>
    public const int PhraseWords = 4;

    /// <summary>Words shorter than this are seldom misspelt in a way a suggester can undo.</summary>
    public const int MisspeltMinLength = 6;

    private static readonly char[] Quotes = ['"', '“', '”', '„', '«', '»'];
    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', ':'];

    /// <summary>The headline as typed without quotes.</summary>
    public static string Headline(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return string.Join(' ', article.Headline.Split(Quotes, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0));
    }

    /// <summary>
    /// The run of <see cref="PhraseWords"/> body words, inside one sentence, whose summed rarity
    /// (<see cref="CorpusWords.Rarity"/>) is highest; the first such run on a tie. Null for a body
    /// too short to have one.
    /// </summary>
    public static string? DistinctivePhrase(Article article, CorpusWords words)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(words);
        (string Text, double Score)? best = null;
        foreach (var block in article.Body)
        {
            var tokens = block.Text.Split((char[])[' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + PhraseWords <= tokens.Length; i++)
            {
                var run = tokens.AsSpan(i, PhraseWords);
                var clean = new string[PhraseWords];
                var ok = true;
                for (var k = 0; k < PhraseWords && ok; k++)
                {
                    clean[k] = run[k].Trim(['"', '“', '”', '‘', '’', '\'', '(', ')', ',', '.', '!', '?', ';', ':']);
                    ok = clean[k].Length > 0 && clean[k].All(char.IsLetter) && (k == PhraseWords - 1 || run[k].IndexOfAny(SentenceEnds) < 0);
                }

                var score = ok ? clean.Sum(words.Rarity) : 0;
                if (ok && (best is null || score > best.Value.Score))
                {
                    best = (string.Join(' ', clean), score);
                }
            }
        }

        return best?.Text;
    }

    /// <summary>
    /// The article's rarest word of <see cref="MisspeltMinLength"/> letters or more, with one letter
    /// dropped, two swapped or one doubled (never the first letter: people seldom get that wrong),
    /// chosen by a random sequence seeded from the file's name; never a word the corpus has.
    /// </summary>
    public static (string Word, string Misspelt)? Misspelling(Article article, CorpusWords words)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(words);
        var rare = CorpusWords.DistinctWords(article)
            .Where(w => w.Length >= MisspeltMinLength)
            .Select((w, order) => (Word: w.ToLowerInvariant(), Frequency: words.DocumentFrequency(w), order))
            .OrderBy(w => w.Frequency).ThenBy(w => w.order)
            .FirstOrDefault();
        if (rare.Word is null)
        {
            return null;
        }

#pragma warning disable CA5394 // Not security: a fixed seed makes every run pick the same edits.
        var random = new Random(StableHash(article.SourceFile));
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var word = rare.Word;
            var at = 1 + random.Next(word.Length - 1);
            var edited = random.Next(3) switch
            {
                0 => word.Remove(at, 1),
                1 when at + 1 < word.Length && word[at] != word[at + 1] => string.Concat(word.AsSpan(0, at), word.AsSpan(at + 1, 1), word.AsSpan(at, 1), word.AsSpan(at + 2)),
                2 => word.Insert(at, word[at].ToString()),
                _ => word,
            };
#pragma warning restore CA5394
            if (!string.Equals(edited, word, StringComparison.Ordinal) && words.DocumentFrequency(edited) == 0)
            {
                return (word, edited);
            }
        }

        return null;
    }

    /// <summary>FNV-1a: string.GetHashCode differs from one process to the next.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}

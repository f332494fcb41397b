using System.Collections.Frozen;
using System.Collections.Immutable;

namespace NewsReader.Topics;

/// <summary>
/// Finds the people, places and organisations an article names, without any network service:
/// runs of capitalised words in the body ("Kim Jong Un", "North Korea") and acronyms ("APEC"),
/// with titles and sentence-opening words stripped, and a surname alone ("Trump") folded into
/// the full name the article also uses ("Donald Trump").
/// </summary>
public static class TopicExtractor
{
    public const int MaxTopicsPerArticle = 25;

    private static readonly FrozenSet<string> Leading = FrozenSet.ToFrozenSet(
        """
        the a an this that these those he she it its they we i you his her their our but and or so yet
        in on at for from by with as if when while however still recently former speaking during after
        before since although meanwhile also then there here what who why how where one two many some
        mr mrs ms dr sir lord lady president minister prime chancellor secretary senator governor leader
        chairman chief executive king queen prince
        princess pope general judge mayor officer director commissioner spokesman spokeswoman analyst
        analysts economist economists according january february march april may june july august
        september october november december monday tuesday wednesday thursday friday saturday sunday
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>A name that follows a title inside a run ("Unification Minister Chung Dong-young") is the person.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        """
        president minister chancellor secretary senator governor leader chairman chairwoman chief executive
        mr mrs ms dr sir king queen prince princess pope general judge mayor spokesman spokeswoman
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "de", "da", "del", "van", "von", "al", "bin", "la", "le", "du"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup =
        Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingLookup =
        Leading.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup =
        Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static ImmutableArray<string> Extract(IEnumerable<string> blocks, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(tags);

        var tally = new NameTally();
        var run = new List<Range>();
        foreach (var block in blocks)
        {
            Candidates(block, run, tally);
        }

        var counts = tally.Counts;
        // A lone capitalised word that only ever opens a sentence is probably just a capitalised word.
        foreach (var name in counts.Keys.Where(n => !n.Contains(' ', StringComparison.Ordinal) && !IsAcronym(n) && !tally.MidSentence.Contains(n)).ToList())
        {
            counts.Remove(name);
        }

        FoldSurnames(counts);
        return [.. tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())
            .Concat(counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).Select(c => c.Key))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxTopicsPerArticle)
            .Select(SharedNames.Share)];
    }

    /// <summary>
    /// Tallies the names in <paramref name="text"/>. Runs once per block of every article at
    /// ingestion, so it walks the words as spans: a run of capitalised words is kept as ranges of
    /// the text, and a name becomes a string only the first time the article uses it.
    /// </summary>
    private static void Candidates(string text, List<Range> run, NameTally tally)
    {
        run.Clear();
        var runStartsSentence = false;
        var previousEnd = 0;
        for (var start = NextWord(text, 0, run); start >= 0; start = NextWord(text, previousEnd, run))
        {
            var gap = text.AsSpan(previousEnd, start - previousEnd);
            var token = NameWords.At(text, start);
            previousEnd = start + token.Length;
            var possessive = token.EndsWith("’s", StringComparison.Ordinal) || token.EndsWith("'s", StringComparison.Ordinal);
            if (possessive)
            {
                token = token[..^2];
            }

            var word = new Range(start, start + token.Length);
            var joined = run.Count > 0 && gap.Trim().IsEmpty;
            var capitalised = token.Length > 1 && char.IsUpper(token[0]) && !NameWords.IsContraction(token);
            if (capitalised && (joined || run.Count == 0))
            {
                if (run.Count == 0)
                {
                    runStartsSentence = start == 0 || NameWords.EndsSentence(gap);
                }

                run.Add(word);
            }
            else if (joined && ConnectorLookup.Contains(token))
            {
                run.Add(word);
                continue;
            }
            else
            {
                AddFinished(text, run, runStartsSentence, tally);
                run.Clear();
                if (capitalised)
                {
                    runStartsSentence = NameWords.EndsSentence(gap);
                    run.Add(word);
                }
            }

            if (possessive && AddFinished(text, run, runStartsSentence, tally))
            {
                run.Clear();
            }
        }

        AddFinished(text, run, runStartsSentence, tally);
    }

    /// <summary>
    /// The next word to look at. Most words are lower-case with no name under way: nothing to start
    /// or finish, so between names the search jumps to the next capitalised word. The gap before it
    /// then spans the words skipped, which changes nothing: only its end decides whether a sentence
    /// ended before the name.
    /// </summary>
    private static int NextWord(string text, int from, List<Range> run) =>
        run.Count == 0 ? NameWords.NextCapitalised(text, from) : NameWords.Next(text, from);

    /// <summary>Tallies the run's name, if it makes one: titles, sentence openers and dangling connectors stripped.</summary>
    private static bool AddFinished(string text, List<Range> run, bool startsSentence, NameTally tally)
    {
        var (first, end) = (0, run.Count);
        while (end > first && ConnectorLookup.Contains(Word(text, run[end - 1])))
        {
            end--;
        }

        var stripped = false;
        var lastTitle = end - 1;
        while (lastTitle >= first && !TitleLookup.Contains(Word(text, run[lastTitle])))
        {
            lastTitle--;
        }

        if (lastTitle >= first && lastTitle < end - 1)
        {
            first = lastTitle + 1;
            stripped = true;
        }

        while (first < end && (LeadingLookup.Contains(Word(text, run[first])) || ConnectorLookup.Contains(Word(text, run[first]))))
        {
            first++;
            stripped = true;
        }

        if (end - first is 0 or > 5)
        {
            return false;
        }

        var needed = end - first - 1;
        for (var i = first; i < end; i++)
        {
            needed += run[i].End.Value - run[i].Start.Value;
        }

        Span<char> name = needed <= 256 ? stackalloc char[256] : new char[needed];
        var length = 0;
        for (var i = first; i < end; i++)
        {
            var word = Word(text, run[i]);
            if (word.Length < 2 && !char.IsDigit(word[0]))
            {
                return false;
            }

            if (i > first)
            {
                name[length++] = ' ';
            }

            word.CopyTo(name[length..]);
            length += word.Length;
        }

        tally.Add(name[..length], startsSentence && !stripped);
        return true;
    }

    private static ReadOnlySpan<char> Word(string text, Range range) => text.AsSpan()[range];

    /// <summary>How often an article names each name, and where first; a name is a string once per article.</summary>
    private sealed class NameTally
    {
        private readonly Dictionary<string, (int Count, int First)>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
        private int _order;

        public NameTally() => _bySpan = Counts.GetAlternateLookup<ReadOnlySpan<char>>();

        public Dictionary<string, (int Count, int First)> Counts { get; } = new(StringComparer.Ordinal);

        /// <summary>Names used at least once other than to open a sentence.</summary>
        public HashSet<string> MidSentence { get; } = new(StringComparer.Ordinal);

        public void Add(ReadOnlySpan<char> name, bool sentenceStart)
        {
            var order = _order++;
            if (_bySpan.TryGetValue(name, out var key, out var tallied))
            {
                Counts[key] = (tallied.Count + 1, tallied.First);
            }
            else
            {
                key = name.ToString();
                Counts[key] = (1, order);
            }

            if (!sentenceStart)
            {
                MidSentence.Add(key);
            }
        }
    }

    /// <summary>"Trump" said after "Donald Trump" is the same person: count it there.</summary>
    private static void FoldSurnames(Dictionary<string, (int Count, int First)> counts)
    {
        var names = counts.Keys.Where(n => n.Contains(' ', StringComparison.Ordinal)).ToList();
        foreach (var single in counts.Keys.Where(n => !n.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            // The most mentioned longer name that begins or ends with this word (the first on a tie).
            string? longer = null;
            var most = -1;
            foreach (var name in names)
            {
                var count = counts[name].Count;
                if (count > most && (StartsWithWord(name, single) || EndsWithWord(name, single)))
                {
                    (longer, most) = (name, count);
                }
            }

            if (longer is not null)
            {
                var (count, first) = counts[longer];
                counts[longer] = (count + counts[single].Count, Math.Min(first, counts[single].First));
                counts.Remove(single);
            }
        }
    }

    private static bool StartsWithWord(string name, string word) =>
        name.Length > word.Length && name[word.Length] == ' ' && name.StartsWith(word, StringComparison.Ordinal);

    private static bool EndsWithWord(string name, string word) =>
        name.Length > word.Length && name[^(word.Length + 1)] == ' ' && name.EndsWith(word, StringComparison.Ordinal);

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c));
}

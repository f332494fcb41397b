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

    public static ImmutableArray<string> Extract(IEnumerable<string> blocks, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(tags);

        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var midSentence = new HashSet<string>(StringComparer.Ordinal);
        var order = 0;
        var found = new List<(string Name, bool SentenceStart)>();
        foreach (var block in blocks)
        {
            found.Clear();
            Candidates(block, found);
            foreach (var (name, sentenceStart) in found)
            {
                var (count, first) = counts.GetValueOrDefault(name, (0, order++));
                counts[name] = (count + 1, first);
                if (!sentenceStart)
                {
                    midSentence.Add(name);
                }
            }
        }

        // A lone capitalised word that only ever opens a sentence is probably just a capitalised word.
        foreach (var name in counts.Keys.Where(n => !n.Contains(' ', StringComparison.Ordinal) && !IsAcronym(n) && !midSentence.Contains(n)).ToList())
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
    /// Adds the names in <paramref name="text"/> to <paramref name="found"/>. Runs once per block of
    /// every article at ingestion, so it walks the words as spans and makes a string only for
    /// capitalised words and connectors, never for the ordinary words most of a text is made of.
    /// </summary>
    private static void Candidates(string text, List<(string Name, bool SentenceStart)> found)
    {
        var run = new List<string>();
        var runStartsSentence = false;
        var previousEnd = 0;
        for (var start = NameWords.Next(text, 0); start >= 0; start = NameWords.Next(text, previousEnd))
        {
            var gap = text.AsSpan(previousEnd, start - previousEnd);
            var token = NameWords.At(text, start);
            previousEnd = start + token.Length;
            var possessive = token.EndsWith("’s", StringComparison.Ordinal) || token.EndsWith("'s", StringComparison.Ordinal);
            if (possessive)
            {
                token = token[..^2];
            }

            var joined = run.Count > 0 && gap.Trim().IsEmpty;
            var capitalised = token.Length > 1 && char.IsUpper(token[0]) && !NameWords.IsContraction(token);
            if (capitalised && (joined || run.Count == 0))
            {
                if (run.Count == 0)
                {
                    runStartsSentence = start == 0 || NameWords.EndsSentence(gap);
                }

                run.Add(token.ToString());
            }
            else if (joined && ConnectorLookup.Contains(token))
            {
                run.Add(token.ToString());
                continue;
            }
            else
            {
                AddFinished(run, runStartsSentence, found);
                run.Clear();
                if (capitalised)
                {
                    runStartsSentence = NameWords.EndsSentence(gap);
                    run.Add(token.ToString());
                }
            }

            if (possessive && AddFinished(run, runStartsSentence, found))
            {
                run.Clear();
            }
        }

        AddFinished(run, runStartsSentence, found);
    }

    private static bool AddFinished(List<string> run, bool startsSentence, List<(string Name, bool SentenceStart)> found)
    {
        if (run.Count == 0 || Finish(run, startsSentence) is not { } name)
        {
            return false;
        }

        found.Add(name);
        return true;
    }

    private static (string, bool)? Finish(List<string> run, bool startsSentence)
    {
        var words = run.ToList();
        while (words.Count > 0 && Connectors.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var stripped = false;
        var lastTitle = words.FindLastIndex(Titles.Contains);
        if (lastTitle >= 0 && lastTitle < words.Count - 1)
        {
            words.RemoveRange(0, lastTitle + 1);
            stripped = true;
        }

        while (words.Count > 0 && (Leading.Contains(words[0]) || Connectors.Contains(words[0])))
        {
            words.RemoveAt(0);
            stripped = true;
        }

        if (words.Count is 0 or > 5 || words.Any(w => w.Length < 2 && !char.IsDigit(w[0])))
        {
            return null;
        }

        return (string.Join(' ', words), startsSentence && !stripped);
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

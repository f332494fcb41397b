using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace NewsReader.Topics;

/// <summary>
/// Finds the people, places and organisations an article names, without any network service:
/// runs of capitalised words in the body ("Kim Jong Un", "North Korea") and acronyms ("APEC"),
/// with titles and sentence-opening words stripped, and a surname alone ("Trump") folded into
/// the full name the article also uses ("Donald Trump").
/// </summary>
public static partial class TopicExtractor
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

    public static ImmutableArray<string> Extract(IEnumerable<string> blocks, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(tags);

        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var midSentence = new HashSet<string>(StringComparer.Ordinal);
        var order = 0;
        foreach (var block in blocks)
        {
            foreach (var (name, sentenceStart) in Candidates(block))
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
            .Take(MaxTopicsPerArticle)];
    }

    private static IEnumerable<(string Name, bool SentenceStart)> Candidates(string text)
    {
        var run = new List<string>();
        var runStartsSentence = false;
        var previousEnd = 0;
        foreach (Match word in Word().Matches(text))
        {
            var gap = text[previousEnd..word.Index];
            previousEnd = word.Index + word.Length;
            var token = word.Value;
            var possessive = token.EndsWith("’s", StringComparison.Ordinal) || token.EndsWith("'s", StringComparison.Ordinal);
            if (possessive)
            {
                token = token[..^2];
            }

            var joined = gap.Trim().Length == 0 && run.Count > 0;
            var capitalised = char.IsUpper(token[0]) && token.Length > 1 && !Contraction().IsMatch(token);
            if (capitalised && (joined || run.Count == 0))
            {
                if (run.Count == 0)
                {
                    runStartsSentence = word.Index == 0 || SentenceEnd().IsMatch(gap);
                }

                run.Add(token);
            }
            else if (joined && Connectors.Contains(token))
            {
                run.Add(token);
                continue;
            }
            else
            {
                if (Finish(run, runStartsSentence) is { } name)
                {
                    yield return name;
                }

                run.Clear();
                if (capitalised)
                {
                    runStartsSentence = SentenceEnd().IsMatch(gap);
                    run.Add(token);
                }
            }

            if (possessive && Finish(run, runStartsSentence) is { } owner)
            {
                yield return owner;
                run.Clear();
            }
        }

        if (Finish(run, runStartsSentence) is { } last)
        {
            yield return last;
        }
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
        foreach (var single in counts.Keys.Where(n => !n.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            var longer = counts.Where(c => c.Key.Contains(' ', StringComparison.Ordinal)
                    && (c.Key.StartsWith(single + " ", StringComparison.Ordinal) || c.Key.EndsWith(" " + single, StringComparison.Ordinal)))
                .OrderByDescending(c => c.Value.Count)
                .Select(c => c.Key)
                .FirstOrDefault();
            if (longer is not null)
            {
                var (count, first) = counts[longer];
                counts[longer] = (count + counts[single].Count, Math.Min(first, counts[single].First));
                counts.Remove(single);
            }
        }
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    /// <summary>"I’m", "We’ll": capitalised only because they open a clause.</summary>
    [GeneratedRegex(@"['’](m|ll|re|ve|d|t|s)$")]
    private static partial Regex Contraction();

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}\p{N}’'\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?:;]\s*[""“‘']?\s*$")]
    private static partial Regex SentenceEnd();
}

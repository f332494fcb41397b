using System.Collections.Frozen;

namespace NewsReader.Topics;

/// <summary>
/// Reads one paragraph's names into a <see cref="NameTally"/>: runs of capitalised words ("Kim Jong
/// Un", "North Korea") and acronyms ("APEC"), with titles and sentence-opening words stripped, and
/// the clues around each run (a title before it, "said" next to it). Runs once per paragraph of
/// every article at ingestion, so it walks the words as spans: a run is kept as ranges of the text.
/// </summary>
internal static class NameScanner
{
    private static readonly FrozenSet<string> Leading = Set(
        """
        the a an this that these those he she it its they we i you his her their our but and or so yet
        in on at for from by with as if when while however still recently former speaking during after
        before since although meanwhile also then there here what who why how where one two many some
        mr mrs ms dr sir lord lady president minister prime chancellor secretary senator governor leader
        chairman chief executive king queen prince
        princess pope general judge mayor officer director commissioner spokesman spokeswoman analyst
        analysts economist economists according january february march april may june july august
        september october november december monday tuesday wednesday thursday friday saturday sunday
        today yesterday tomorrow tonight no yes not
        """);

    /// <summary>A name that follows a title inside a run ("Unification Minister Chung Dong-young") is the person.</summary>
    private static readonly FrozenSet<string> Titles = Set(
        """
        president minister chancellor secretary senator governor leader chairman chairwoman chief executive
        mr mrs ms dr sir king queen prince princess pope general judge mayor spokesman spokeswoman
        """);

    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "for", "and", "de", "da", "del", "van", "von", "al", "bin", "la", "le", "du"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingLookup = Leading.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="language">Whose articles, prepositions, weekdays and months open no name.</param>
    public static void Scan(string text, List<Range> run, NameTally tally, NameLanguage language)
    {
        run.Clear();
        var runStartsSentence = false;
        var previousEnd = 0;
        for (var start = NextWord(text, 0, run); start >= 0; start = NextWord(text, previousEnd, run))
        {
            var gap = text.AsSpan(previousEnd, start - previousEnd);
            var token = NameWords.At(text, start);
            previousEnd = start + token.Length;
            var possessive = token.EndsWith("’s", StringComparison.Ordinal) || token.EndsWith("'s", StringComparison.Ordinal) || token[^1] is '’' or '\'';
            if (possessive)
            {
                // "Blair's", and the plural's "Democrats'".
                token = token[^1] == 's' ? token[..^2] : token[..^1];
            }

            var word = new Range(start, start + token.Length);
            var joined = run.Count > 0 && gap.Trim().IsEmpty;
            var capitalised = char.IsUpper(token[0]) && (token.Length > 1 || joined) && !NameWords.IsContraction(token);
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
                AddFinished(text, run, runStartsSentence, tally, language);
                run.Clear();
                if (capitalised)
                {
                    runStartsSentence = NameWords.EndsSentence(gap);
                    run.Add(word);
                }
            }

            if (possessive && AddFinished(text, run, runStartsSentence, tally, language))
            {
                run.Clear();
            }
        }

        AddFinished(text, run, runStartsSentence, tally, language);
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
    private static bool AddFinished(string text, List<Range> run, bool startsSentence, NameTally tally, NameLanguage language)
    {
        var and = run.FindIndex(r => Word(text, r) is "and");
        if (and >= 0 && (run.Count == 0 || !NameKinds.IsOrganisationWord(Word(text, run[^1]))))
        {
            // "Britain and France" is two names; "Securities and Exchange Commission" one.
            var (before, after) = (run[..and], run[(and + 1)..]);
            var added = AddFinished(text, before, startsSentence, tally, language);
            return AddFinished(text, after, false, tally, language) || added;
        }

        var (first, end) = (0, run.Count);
        while (end > first && (ConnectorLookup.Contains(Word(text, run[end - 1])) || (end - first > 1 && NameKinds.IsNotAName(Word(text, run[end - 1])))))
        {
            // "of" left dangling; "Labour MPs" is about Labour.
            end--;
        }

        // "Home Secretary", "Prime Minister": a role, not a name ("Mervyn King" is a name).
        if (end == 0 || (TitleLookup.Contains(Word(text, run[end - 1])) && Word(text, run[end - 1]) is not ("King" or "Queen" or "General" or "Judge" or "Prince")))
        {
            return end > 0;
        }

        var clues = Clues.None;
        var lastTitle = end - 2;
        while (lastTitle >= first && !TitleLookup.Contains(Word(text, run[lastTitle])))
        {
            lastTitle--;
        }

        // "General Motors" is a company, not a general.
        var organisation = NameKinds.IsOrganisationWord(Word(text, run[end - 1]));
        if (lastTitle >= first && !organisation)
        {
            first = lastTitle + 1;
            clues |= Clues.Titled;
        }

        // "The" in capitals after a sentence has begun is part of a name: "The Times", "The Hague".
        while (first < end && (LeadingLookup.Contains(Word(text, run[first])) || ConnectorLookup.Contains(Word(text, run[first])))
            && !(organisation && TitleLookup.Contains(Word(text, run[first])))
            && !(first == 0 && !startsSentence && end > 1 && Word(text, run[first]) is "The"))
        {
            clues |= TitleLookup.Contains(Word(text, run[first])) ? Clues.Titled : Clues.None;
            first++;
        }

        // "La Banque", "El Gobierno", "Am Donnerstag": the language's own articles, prepositions,
        // weekdays and months open no name, unless the whole is a place ("Los Angeles", "La Paz").
        while (first < end && language.IsLeading(Word(text, run[first])) && !IsPlace(text, run, first, end))
        {
            first++;
        }

        if (end - first is 0 or > 5 || Word(text, run[first]).Length < 2 || Word(text, run[end - 1]).Length < 2)
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
            if (i > first)
            {
                name[length++] = ' ';
            }

            var word = Word(text, run[i]);
            word.CopyTo(name[length..]);
            length += word.Length;
        }

        if (Speaks(text, run[first].Start.Value, run[end - 1].End.Value))
        {
            clues |= Clues.Speaks;
        }

        // A sentence that opens with the language's article ("El Gobierno dijo") opens with the word after it too.
        var opener = startsSentence;
        for (var i = 0; i < first && opener; i++)
        {
            opener = language.IsLeading(Word(text, run[i]));
        }

        tally.Add(name[..length], opener, clues);
        return true;
    }

    /// <summary>"Blair said", "Blair, who told", "said Blair": words said of people.</summary>
    private static bool Speaks(string text, int start, int end)
    {
        var after = text.AsSpan(end).TrimStart("’'s").TrimStart(" ,").TrimStart("who ");
        var before = text.AsSpan(0, start).TrimEnd();
        return after.StartsWith("said", StringComparison.Ordinal) || after.StartsWith("says", StringComparison.Ordinal)
            || after.StartsWith("told", StringComparison.Ordinal) || after.StartsWith("added", StringComparison.Ordinal)
            || after.StartsWith("insisted", StringComparison.Ordinal) || after.StartsWith("argued", StringComparison.Ordinal)
            || before.EndsWith(" said", StringComparison.Ordinal) || before.EndsWith(" says", StringComparison.Ordinal);
    }

    private static bool IsPlace(string text, List<Range> run, int first, int end) =>
        end - first > 1 && Places.Canonical(text[run[first].Start.Value..run[end - 1].End.Value]) is not null;

    private static ReadOnlySpan<char> Word(string text, Range range) => text.AsSpan()[range];

    private static FrozenSet<string> Set(string words) => FrozenSet.ToFrozenSet(
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}

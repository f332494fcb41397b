using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Topics;

/// <summary>
/// Finds what an article is about, without any network service: the people, places and
/// organisations its paragraphs name (see <see cref="NameScanner"/>), and the subjects in its own
/// tags. Names are folded (a surname into the full name the article also uses, a demonym into its
/// place, capitals into normal case) and ranked by salience: mentions, weighted for the headline,
/// the lead and how far through the article they spread. The corpus then has the last word on
/// common words and plurals (<see cref="TopicIndex"/>), so this keeps a few more than an article shows.
/// </summary>
public static class TopicExtractor
{
    /// <summary>The most topics an article shows.</summary>
    public const int MaxTopicsPerArticle = 8;

    /// <summary>Kept per article, so a few can make way for a name the corpus finds is a common word.</summary>
    public const int MaxCandidates = 12;

    private const float HeadlineWeight = 4;
    private const float LeadWeight = 2;
    private const float SpreadWeight = 0.5f;

    /// <param name="headline">The headline and any subheadings: they raise a name's salience but name nothing alone, being in title case.</param>
    /// <param name="paragraphs">The standfirst or lead first, then the body's paragraphs.</param>
    /// <param name="tags">The source's own tags: subjects, shown first.</param>
    /// <param name="dateline">"SEOUL, Oct 24": its place is a place the article is about.</param>
    /// <param name="language">The language tag of the article's metadata, if any; else the text tells.</param>
    public static ImmutableArray<TopicCandidate> Extract(string headline, IEnumerable<string> paragraphs, IEnumerable<string> tags, string? dateline = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(tags);

        var texts = paragraphs.Where(p => !string.IsNullOrWhiteSpace(p) && !IsShouted(p)).ToList();
        var words = NameLanguage.Of(language, headline, texts);
        // Every article is read with the same few working tables, cleared, rather than new ones
        // grown from empty: 100,000 articles at a first load made 100,000 of each.
        var work = ExtractionTables.Current;
        var tally = work.Tally;
        tally.Reset();
        foreach (var text in texts)
        {
            NameScanner.Scan(text, work.Run, tally, words);
            tally.Block++;
        }

        var uses = tally.Uses;
        // A lone capitalised word that only ever opens a sentence is probably just a capitalised word.
        // A place the gazetteer knows is a name wherever it stands.
        var dropped = work.Names;
        dropped.Clear();
        foreach (var (name, use) in uses)
        {
            if (!use.MidSentence && !name.Contains(' ', StringComparison.Ordinal) && !NameKinds.IsAcronym(name) && Places.Canonical(name) is null)
            {
                dropped.Add(name);
            }
        }

        foreach (var name in dropped)
        {
            uses.Remove(name);
        }

        if (words.CapitalisesNouns)
        {
            KeepEvidentNames(uses);
        }

        FoldSurnames(tally, work);
        var names = work.Found;
        names.Clear();
        if (dateline is not null && DatelinePlace(dateline) is { } datelined)
        {
            names[datelined] = new(LeadWeight + 1, -1, TopicKind.Place, false);
        }

        foreach (var (raw, use) in uses)
        {
            var cased = NormalCase(raw);
            if (NameKinds.IsNotAName(cased) || NameKinds.IsGenericAlone(cased))
            {
                continue;
            }

            var place = Places.Canonical(cased);
            var name = place ?? cased;
            var salience = use.Count + (Mentions(headline, name, raw) ? HeadlineWeight : 0) + (use.FirstBlock == 0 ? LeadWeight : 0) + (SpreadWeight * (use.Blocks - 1));
            var kind = NameKinds.Of(name, place is not null, use.Clues);
            var lowerCaseToo = place is null && !name.Contains(' ', StringComparison.Ordinal) && !NameKinds.IsAcronym(name) && UsedInLowerCase(texts, name);
            if (names.TryGetValue(name, out var known))
            {
                // "Britain" and "British", "LONDON" and "London": one topic, its mentions added up.
                salience += known.Weight;
                (use.First, kind) = (Math.Min(use.First, known.First), known.Kind == TopicKind.Unknown ? kind : known.Kind);
                lowerCaseToo |= known.LowerCaseToo;
            }

            names[name] = new(salience, use.First, kind, lowerCaseToo);
        }

        return MostSalient(tags, names, work);
    }

    /// <summary>
    /// The source's tags (distinct, in their order) and then the names, most salient first (earlier
    /// first on a tie): the first <see cref="MaxCandidates"/> distinct ones, each name shared.
    /// </summary>
    private static ImmutableArray<TopicCandidate> MostSalient(IEnumerable<string> tags, Dictionary<string, ExtractionTables.Salience> names, ExtractionTables work)
    {
        var taken = work.Taken;
        taken.Clear();
        var result = ImmutableArray.CreateBuilder<TopicCandidate>(MaxCandidates);
        var subjects = 0;
        foreach (var tag in tags)
        {
            if (result.Count == MaxCandidates)
            {
                break;
            }

            if (!string.IsNullOrWhiteSpace(tag) && tag.Trim() is var trimmed && taken.Add(trimmed))
            {
                result.Add(new TopicCandidate(SharedNames.Share(trimmed), TopicKind.Subject, float.MaxValue - subjects++, false));
            }
        }

        var ranked = work.Ranked;
        ranked.Clear();
        foreach (var entry in names)
        {
            ranked.Add((entry.Key, entry.Value, ranked.Count));
        }

        // Ties keep the dictionary's order (the order names were first added), as a stable sort would.
        ranked.Sort(static (a, b) => b.Use.Weight.CompareTo(a.Use.Weight) is not 0 and var bySalience ? bySalience
            : a.Use.First.CompareTo(b.Use.First) is not 0 and var byFirst ? byFirst
            : a.Order.CompareTo(b.Order));
        foreach (var (name, use, _) in ranked)
        {
            if (result.Count == MaxCandidates)
            {
                break;
            }

            if (taken.Add(name))
            {
                result.Add(new TopicCandidate(SharedNames.Share(name), use.Kind, use.Weight, use.LowerCaseToo));
            }
        }

        return result.DrainToImmutable();
    }

    /// <summary>The names alone, most salient first: what an article shows when it is the whole corpus.</summary>
    public static ImmutableArray<string> Names(IEnumerable<string> paragraphs, IEnumerable<string> tags) =>
        [.. Extract("", paragraphs, tags).Where(c => !c.LowerCaseToo).Take(MaxTopicsPerArticle).Select(c => c.Name)];

    /// <summary>
    /// German capitalises every noun ("Inflation", "Regierung"), so one capitalised word is a name
    /// only when more than its capital says so: an acronym ("EZB"), a place the gazetteer knows, or
    /// the surname of a longer name the article uses ("Lagarde" after "Christine Lagarde").
    /// </summary>
    private static void KeepEvidentNames(Dictionary<string, NameUse> uses)
    {
        var longer = uses.Keys.Where(n => n.Contains(' ', StringComparison.Ordinal)).ToList();
        foreach (var single in uses.Keys.Where(n => !n.Contains(' ', StringComparison.Ordinal) && !NameKinds.IsAcronym(n)
            && Places.Canonical(NormalCase(n)) is null && !longer.Any(l => EndsWithWord(l, n))).ToList())
        {
            uses.Remove(single);
        }
    }

    /// <summary>"Trump" said after "Donald Trump" is the same person: count it there. Never a place ("London" in "London Stock Exchange").</summary>
    private static void FoldSurnames(NameTally tally, ExtractionTables work)
    {
        var uses = tally.Uses;
        var (longer, singles) = (work.Longer, work.Names);
        longer.Clear();
        singles.Clear();
        foreach (var name in uses.Keys)
        {
            (name.Contains(' ', StringComparison.Ordinal) ? longer : singles).Add(name);
        }

        foreach (var single in singles)
        {
            if (longer.Count == 0 || Places.Canonical(NormalCase(single)) is not null)
            {
                continue;
            }

            // The most mentioned longer name that begins or ends with this word (the earliest used on a tie).
            string? target = null;
            foreach (var name in longer)
            {
                if ((StartsWithWord(name, single) || EndsWithWord(name, single))
                    && (target is null || uses[name].Count > uses[target].Count || (uses[name].Count == uses[target].Count && uses[name].First < uses[target].First)))
                {
                    target = name;
                }
            }

            if (target is not null)
            {
                tally.Merge(single, target);
            }
        }
    }

    /// <summary>
    /// Capitals in normal case: "LONDON" → "London", "BANK OF ENGLAND" → "Bank of England", while a
    /// short acronym ("NATO", "APEC", "BBC") stays as written. A place the gazetteer knows is
    /// shown as it spells it, so "PARIS" is "Paris" however short.
    /// </summary>
    internal static string NormalCase(string name)
    {
        if (name.AsSpan().ContainsAnyInRange('a', 'z') || HasLower(name) || (name.Length <= 5 && !name.Contains(' ', StringComparison.Ordinal) && Places.Canonical(name) is null))
        {
            return name;
        }

        return string.Join(' ', name.Split(' ').Select(w =>
            w is "OF" or "DE" or "DA" or "DEL" or "VAN" or "VON" or "AL" or "BIN" or "LA" or "LE" or "DU" ? w.ToLowerInvariant()
            : w.Length <= 3 && name.Contains(' ', StringComparison.Ordinal) && w.Any(char.IsLetter) && IsShortAcronym(w) ? w
            : string.Concat(w[..1], w[1..].ToLowerInvariant())));
    }

    private static bool HasLower(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    // "BBC NEWS": a two- or three-letter word inside a name in capitals is kept as an acronym.
    private static bool IsShortAcronym(string word) => word.Length is 2 or 3 && word is not ("NEW" or "THE" or "AND" or "FOR");

    /// <summary>A paragraph without lower-case letters is a shouted line or a heading: every word in it is capitalised.</summary>
    private static bool IsShouted(string text) => !text.Any(char.IsLower) && text.Count(char.IsLetter) > 12;

    private static string? DatelinePlace(string dateline)
    {
        var place = dateline.Split(',')[0].Trim();
        return place.Length > 1 && place.Any(char.IsLetter) ? Places.Canonical(place) ?? NormalCase(place) : null;
    }

    /// <summary>Whether the headline names it: its own words, or the words it was written with ("Korean" for North Korea).</summary>
    private static bool Mentions(string headline, string name, string raw) =>
        headline.Length > 0 && (ContainsWord(headline, LastWord(name), StringComparison.OrdinalIgnoreCase) || ContainsWord(headline, LastWord(raw), StringComparison.OrdinalIgnoreCase));

    private static string LastWord(string name) => name.LastIndexOf(' ') is var space and >= 0 ? name[(space + 1)..] : name;

    /// <summary>Whether the lower-case form is used as an ordinary word ("door", "doors") anywhere in the article.</summary>
    private static bool UsedInLowerCase(List<string> texts, string name)
    {
        if (!char.IsUpper(name[0]))
        {
            return false;
        }

        var lower = name.ToLowerInvariant();
        return texts.Any(t => ContainsWord(t, lower, StringComparison.Ordinal, plural: true));
    }

    private static bool ContainsWord(string text, string word, StringComparison comparison, bool plural = false)
    {
        for (var at = text.IndexOf(word, comparison); at >= 0; at = text.IndexOf(word, at + 1, comparison))
        {
            var end = at + word.Length;
            if (plural && end < text.Length && text[end] == 's')
            {
                end++;
            }

            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithWord(string name, string word) =>
        name.Length > word.Length && name[word.Length] == ' ' && name.StartsWith(word, StringComparison.Ordinal);

    private static bool EndsWithWord(string name, string word) =>
        name.Length > word.Length && name[^(word.Length + 1)] == ' ' && name.EndsWith(word, StringComparison.Ordinal);
}

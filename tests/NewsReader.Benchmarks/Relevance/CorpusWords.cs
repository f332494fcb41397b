using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Benchmarks.Relevance;

/// <summary>
/// The words of a corpus as the relevance scorer counts them, independently of the index's own
/// analysis (so the scorer does not grade the index by its own rules): runs of letters, each
/// article's document frequency by lower-case form, and how often each form is written in lower
/// case or capitalised in the running text.
/// </summary>
internal sealed class CorpusWords
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Lower, int Capitalised)> _cases = new(StringComparer.Ordinal);
    // Every word of every article in order, and where each lower-case form occurs, to count names of several words.
    private readonly List<string[]> _texts = [];
    private readonly Dictionary<string, List<(int Text, int At)>> _places = new(StringComparer.Ordinal);

    public CorpusWords(IReadOnlyCollection<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        Count = articles.Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            seen.Clear();
            var text = Words(RunningText(article)).ToArray();
            _texts.Add(text);
            for (var at = 0; at < text.Length; at++)
            {
                var word = text[at];
                var lower = word.ToLowerInvariant();
                if (!_places.TryGetValue(lower, out var places))
                {
                    _places[lower] = places = [];
                }

                places.Add((_texts.Count - 1, at));
                if (seen.Add(lower))
                {
                    _documentFrequency[lower] = _documentFrequency.GetValueOrDefault(lower) + 1;
                }

                var (l, c) = _cases.GetValueOrDefault(lower);
                _cases[lower] = string.Equals(word, lower, StringComparison.Ordinal) ? (l + 1, c) : (l, c + 1);
            }
        }
    }

    /// <summary>How many articles were counted.</summary>
    public int Count { get; }

    /// <summary>In how many articles the word occurs, in any case.</summary>
    public int DocumentFrequency(string word) => _documentFrequency.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>log(N / df): how much a word says about which article it is in.</summary>
    public double Rarity(string word) => Math.Log((double)Count / Math.Max(1, DocumentFrequency(word)));

    /// <summary>
    /// A common word, as opposed to a name: in the running text it is written in lower case at least
    /// <see cref="CommonRatio"/> times as often as with any capital, and at least twice. Sentence
    /// starts, headlines and datelines count as capitalised: they are what make "Do" or "LONDON" look
    /// like names, and a real common word is still written in lower case far more often. A name of
    /// several words is counted as a whole: "high court" is rarely written so, "new year" often.
    /// </summary>
    public bool IsCommon(string name)
    {
        var words = Words(name).Select(w => w.ToLowerInvariant()).ToArray();
        var (lower, capitalised) = words.Length switch
        {
            0 => (0, 0),
            1 => _cases.GetValueOrDefault(words[0]),
            _ => PhraseCases(words),
        };
        return lower >= 2 && lower >= CommonRatio * capitalised;
    }

    /// <summary>"Much more often" than capitalised: a name's words are capitalised nearly every time.</summary>
    public const int CommonRatio = 2;

    private (int Lower, int Capitalised) PhraseCases(string[] words)
    {
        var (lower, capitalised) = (0, 0);
        foreach (var (text, at) in _places.GetValueOrDefault(words[0]) ?? [])
        {
            var run = _texts[text].AsSpan(at, Math.Min(words.Length, _texts[text].Length - at));
            var same = run.Length == words.Length;
            var allLower = true;
            for (var k = 0; k < run.Length && same; k++)
            {
                same = string.Equals(run[k], words[k], StringComparison.OrdinalIgnoreCase);
                allLower &= string.Equals(run[k], words[k], StringComparison.Ordinal);
            }

            (lower, capitalised) = !same ? (lower, capitalised) : allLower ? (lower + 1, capitalised) : (lower, capitalised + 1);
        }

        return (lower, capitalised);
    }

    /// <summary>Headline, caption and body: what a reader reads.</summary>
    public static string RunningText(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return string.Join("\n", [article.Headline, article.Caption ?? "", .. article.Body.Select(b => b.Text)]);
    }

    /// <summary>Runs of letters (an apostrophe or hyphen ends a word, as "Korea's" gives "Korea").</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// <summary>The article's words with their original case, in order, each once.</summary>
    public static ImmutableArray<string> DistinctWords(Article article) =>
        [.. Words(RunningText(article)).DistinctBy(w => w.ToLowerInvariant(), StringComparer.Ordinal)];
}

using NewsReader.Articles;

namespace NewsReader.Topics;

/// <summary>
/// The working tables <see cref="TopicExtractor"/> reads one article with, kept per thread and
/// cleared between articles: a first load extracts topics from every article in turn, and new
/// tables for each, grown from empty, were most of what extraction allocated.
/// </summary>
internal sealed class ExtractionTables
{
    // Tables grown past this by an article naming thousands of things are let go rather than kept per thread.
    private const int MaxKeptNames = 4096;

    [ThreadStatic]
    private static ExtractionTables? _current;

    /// <summary>This thread's tables. Extraction does not call itself, so one set per thread is enough.</summary>
    public static ExtractionTables Current
    {
        get
        {
            if (_current is not { } tables || tables.Tally.Uses.EnsureCapacity(0) > MaxKeptNames || tables.Found.EnsureCapacity(0) > MaxKeptNames)
            {
                _current = tables = new ExtractionTables();
            }

            return tables;
        }
    }

    public NameTally Tally { get; } = new();

    /// <summary>The words of the name being read (<see cref="NameScanner"/>).</summary>
    public List<Range> Run { get; } = [];

    /// <summary>Names set aside by one step at a time: the ones to drop, then the one-word names.</summary>
    public List<string> Names { get; } = [];

    /// <summary>The names of more than one word.</summary>
    public List<string> Longer { get; } = [];

    /// <summary>Each name found, as shown (places in the gazetteer's spelling), with how salient it is.</summary>
    public Dictionary<string, Salience> Found { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The found names in the order they are ranked, each with its place in <see cref="Found"/>.</summary>
    public List<(string Name, Salience Use, int Order)> Ranked { get; } = [];

    /// <summary>Names already among an article's candidates.</summary>
    public HashSet<string> Taken { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How a found name ranks: salience, first use, kind, and whether the article also uses it as a common word.</summary>
    public readonly record struct Salience(float Weight, int First, TopicKind Kind, bool LowerCaseToo);
}

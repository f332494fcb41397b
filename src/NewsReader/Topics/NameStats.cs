using NewsReader.Articles;
namespace NewsReader.Topics;

/// <summary>How the corpus uses one name: in how many articles, how often also in lower case, as what, and spelt how.</summary>
internal sealed class NameStats
{
    private readonly int[] _kinds = new int[Enum.GetValues<TopicKind>().Length];
    // Most names are only ever spelt one way: a table of spellings is made only for those that are not.
    private string? _spelling;
    private int _spellingCount;
    private Dictionary<string, int>? _spellings;
    private int _lowerCaseToo;

    public int Articles { get; private set; }

    /// <summary>
    /// A single word the articles that capitalise it also write in lower case, in at least a quarter
    /// of them: "Today", "Office". Never a place the gazetteer knows ("Turkey") or a tag.
    /// </summary>
    public bool IsCommonWord => _lowerCaseToo > 0 && _lowerCaseToo * 4 >= Articles && _kinds[(int)TopicKind.Place] == 0;

    public void Add(TopicCandidate candidate)
    {
        Articles++;
        _lowerCaseToo += candidate.LowerCaseToo ? 1 : 0;
        _kinds[(int)candidate.Kind]++;
        AddSpelling(candidate.Name, 1);
    }

    public NameStats Merge(NameStats other)
    {
        Articles += other.Articles;
        _lowerCaseToo += other._lowerCaseToo;
        for (var i = 0; i < _kinds.Length; i++)
        {
            _kinds[i] += other._kinds[i];
        }

        if (other._spellings is null)
        {
            AddSpelling(other._spelling!, other._spellingCount);
        }
        else
        {
            foreach (var (spelling, count) in other._spellings)
            {
                AddSpelling(spelling, count);
            }
        }

        return this;
    }

    /// <summary>The spelling most used; on a tie, one not all in capitals, then the first in order.</summary>
    public string Spelling() => _spellings is null ? _spelling! : _spellings
        .OrderByDescending(s => s.Value)
        .ThenBy(s => s.Key.Any(char.IsLower) ? 0 : 1)
        .ThenBy(s => s.Key, StringComparer.Ordinal)
        .First().Key;

    private void AddSpelling(string spelling, int count)
    {
        if (_spellings is null && (_spelling is null || string.Equals(_spelling, spelling, StringComparison.Ordinal)))
        {
            (_spelling, _spellingCount) = (spelling, _spellingCount + count);
            return;
        }

        _spellings ??= new(StringComparer.Ordinal) { [_spelling!] = _spellingCount };
        _spellings[spelling] = _spellings.GetValueOrDefault(spelling) + count;
    }

    /// <summary>The kind most of its articles' clues agree on; unknown when fewer than one in five say anything.</summary>
    public TopicKind Kind()
    {
        var best = TopicKind.Unknown;
        foreach (var kind in (ReadOnlySpan<TopicKind>)[TopicKind.Place, TopicKind.Organisation, TopicKind.Person, TopicKind.Subject])
        {
            if (_kinds[(int)kind] > _kinds[(int)best] || (best == TopicKind.Unknown && _kinds[(int)kind] > 0))
            {
                best = kind;
            }
        }

        return _kinds[(int)best] * 5 >= Articles ? best : TopicKind.Unknown;
    }
}

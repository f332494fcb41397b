using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Topics;

/// <summary>
/// The names a corpus's topic candidates use, and how the corpus uses each, whatever its case
/// (<see cref="NameStats"/>). Candidates share their name strings (<see cref="SharedNames"/>): at
/// 100,000 articles two million candidates name some 20,000 strings. So a candidate's name is
/// found by reference, and each string is compared without regard to case only the first time;
/// hashing every candidate's name without regard to case, twice, was most of settling. A name not
/// shared (past the shared names' bound, or made by a test) is found all the same, as a string of
/// its own.
/// </summary>
internal sealed class CorpusNames
{
    private readonly Dictionary<string, int> _byString = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _firstSpellings = [];
    private readonly List<NameStats> _stats = [];

    private CorpusNames()
    {
    }

    /// <summary>How many names, each whatever its case.</summary>
    public int Count => _stats.Count;

    /// <summary>The names of <paramref name="candidates"/> (one list per article), each with how the corpus uses it.</summary>
    public static CorpusNames Of(ImmutableArray<TopicCandidate>[] candidates)
    {
        var names = new CorpusNames();
        foreach (var list in candidates)
        {
            foreach (var candidate in list)
            {
                names._stats[names.Number(candidate.Name)].Add(candidate);
            }
        }

        return names;
    }

    /// <summary>The name's number, the same for every case of it; a name new to the corpus gets the next one.</summary>
    public int Number(string name)
    {
        if (_byString.TryGetValue(name, out var index))
        {
            return index;
        }

        if (!_byName.TryGetValue(name, out index))
        {
            index = _stats.Count;
            _byName.Add(name, index);
            _firstSpellings.Add(name);
            _stats.Add(new NameStats());
        }

        _byString.Add(name, index);
        return index;
    }

    /// <summary>The name numbered <paramref name="index"/>, spelt as it was first used.</summary>
    public string this[int index] => _firstSpellings[index];

    /// <summary>Each name's use, keyed by its first spelling whatever the case, in order of first use.</summary>
    public Dictionary<string, NameStats> Stats()
    {
        var stats = new Dictionary<string, NameStats>(_stats.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _stats.Count; i++)
        {
            stats.Add(_firstSpellings[i], _stats[i]);
        }

        return stats;
    }
}

namespace NewsReader.Search;

/// <summary>
/// A map from a folded spelling to its term id, for one thread: open addressing over flat arrays,
/// the spellings' characters in one buffer, and a cheap hash that is not randomised (the keys are
/// the articles' own words, and a lookup runs for every word of every article at ingestion, where
/// a general-purpose dictionary's hashing and string comparison were the single largest cost).
/// </summary>
internal sealed class SpellingTable
{
    private int[] _slots = new int[1 << 12];
    private int[] _hashes = new int[1 << 11];
    private int[] _ids = new int[1 << 11];
    private int[] _starts = new int[1 << 11];
    private int[] _lengths = new int[1 << 11];
    private char[] _characters = new char[1 << 14];
    private int _charactersUsed;
    private int _count;

    public bool TryGet(ReadOnlySpan<char> spelling, out int id)
    {
        var hash = Hash(spelling);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0)
            {
                id = -1;
                return false;
            }

            if (_hashes[entry] == hash && spelling.SequenceEqual(_characters.AsSpan(_starts[entry], _lengths[entry])))
            {
                id = _ids[entry];
                return true;
            }
        }
    }

    /// <summary>Adds a spelling not yet in the table.</summary>
    public void Add(ReadOnlySpan<char> spelling, int id)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        if (_count == _ids.Length)
        {
            var size = _ids.Length * 2;
            Array.Resize(ref _hashes, size);
            Array.Resize(ref _ids, size);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _lengths, size);
        }

        if (_charactersUsed + spelling.Length > _characters.Length)
        {
            Array.Resize(ref _characters, Math.Max(_characters.Length * 2, _charactersUsed + spelling.Length));
        }

        var entry = _count++;
        var hash = Hash(spelling);
        spelling.CopyTo(_characters.AsSpan(_charactersUsed));
        (_hashes[entry], _ids[entry], _starts[entry], _lengths[entry]) = (hash, id, _charactersUsed, spelling.Length);
        _charactersUsed += spelling.Length;
        Place(entry, hash);
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        for (var entry = 0; entry < _count; entry++)
        {
            Place(entry, _hashes[entry]);
        }
    }

    private void Place(int entry, int hash)
    {
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = entry + 1;
    }

    /// <summary>FNV-1a over the characters, with a final mix so the low bits used for slots vary well.</summary>
    private static int Hash(ReadOnlySpan<char> spelling)
    {
        var hash = 2166136261u;
        foreach (var c in spelling)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 15;
        hash *= 0x2c1b3c6du;
        hash ^= hash >> 12;
        return (int)(hash & 0x7fffffff);
    }
}

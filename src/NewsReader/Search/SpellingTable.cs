namespace NewsReader.Search;

/// <summary>
/// A map from a folded spelling to its term id, for one thread: open addressing over one array of
/// slots, each holding a spelling's hash, id and where its characters are in one shared buffer,
/// and a cheap hash that is not randomised (the keys are the articles' own words, and a lookup
/// runs for every word of every article at ingestion, where a general-purpose dictionary's hashing
/// and string comparison were the single largest cost). A lookup reads one slot and, when the hash
/// matches, the spelling's characters: two places in memory, where keeping each field in an array
/// of its own made it five, and the first load of a large folder waited on them.
/// </summary>
internal sealed class SpellingTable
{
    private Slot[] _slots = new Slot[1 << 12];
    private char[] _characters = new char[1 << 14];
    private int _charactersUsed;
    private int _count;

    public bool TryGet(ReadOnlySpan<char> spelling, out int id)
    {
        var hash = Hash(spelling);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var at = hash & mask; ; at = (at + 1) & mask)
        {
            ref readonly var slot = ref slots[at];
            if (slot.Hash == 0)
            {
                id = -1;
                return false;
            }

            if (slot.Hash == hash && spelling.SequenceEqual(_characters.AsSpan(slot.Start, slot.Length)))
            {
                id = slot.Id;
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

        if (_charactersUsed + spelling.Length > _characters.Length)
        {
            Array.Resize(ref _characters, Math.Max(_characters.Length * 2, _charactersUsed + spelling.Length));
        }

        spelling.CopyTo(_characters.AsSpan(_charactersUsed));
        Place(_slots, new Slot(Hash(spelling), id, _charactersUsed, spelling.Length));
        _charactersUsed += spelling.Length;
        _count++;
    }

    private void Grow()
    {
        var slots = new Slot[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot.Hash != 0)
            {
                Place(slots, slot);
            }
        }

        _slots = slots;
    }

    private static void Place(Slot[] slots, Slot slot)
    {
        var mask = slots.Length - 1;
        var at = slot.Hash & mask;
        while (slots[at].Hash != 0)
        {
            at = (at + 1) & mask;
        }

        slots[at] = slot;
    }

    /// <summary>
    /// FNV-1a over the characters, with a final mix so the low bits used for slots vary well; the
    /// top bit is always set, so a slot in use never has the empty slot's hash of 0.
    /// </summary>
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
        return (int)(hash | 0x80000000);
    }

    /// <summary>A spelling's place: an empty slot has the hash 0.</summary>
    private readonly record struct Slot(int Hash, int Id, int Start, int Length);
}

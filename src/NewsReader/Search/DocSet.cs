using System.Numerics;

namespace NewsReader.Search;

/// <summary>
/// A set of document numbers as one bit each (12.5 KB at 100,000 articles): what a search's
/// filters leave. Made per filtered search, so testing a match costs one shift and one mask, and
/// a chunk with none of its documents in the set is skipped whole.
/// </summary>
internal sealed class DocSet
{
    private readonly ulong[] _bits;

    private DocSet(int size)
    {
        Size = size;
        _bits = new ulong[(size + 63) >> 6];
    }

    /// <summary>The number of documents it can hold (the snapshot's article count).</summary>
    public int Size { get; }

    public int Count => _bits.Sum(word => BitOperations.PopCount(word));

    /// <param name="docs">Document numbers below <paramref name="size"/>, in any order.</param>
    public static DocSet Of(IEnumerable<int> docs, int size)
    {
        var set = new DocSet(size);
        foreach (var doc in docs)
        {
            set._bits[doc >> 6] |= 1UL << doc;
        }

        return set;
    }

    public static DocSet Where(int size, Func<int, bool> predicate)
    {
        var set = new DocSet(size);
        for (var doc = 0; doc < size; doc++)
        {
            if (predicate(doc))
            {
                set._bits[doc >> 6] |= 1UL << doc;
            }
        }

        return set;
    }

    public bool Contains(int doc) => (_bits[doc >> 6] & (1UL << doc)) != 0;

    /// <summary>Keeps only the documents also in <paramref name="other"/>.</summary>
    public void IntersectWith(DocSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < _bits.Length; i++)
        {
            _bits[i] &= other._bits[i];
        }
    }

    /// <summary>Drops the documents for which <paramref name="keep"/> is false.</summary>
    public void KeepWhere(Func<int, bool> keep)
    {
        foreach (var doc in Docs().ToList())
        {
            if (!keep(doc))
            {
                _bits[doc >> 6] &= ~(1UL << doc);
            }
        }
    }

    /// <summary>Whether any document from <paramref name="first"/> up to (not including) <paramref name="end"/> is in the set.</summary>
    public bool AnyIn(int first, int end)
    {
        end = Math.Min(end, Size);
        for (var doc = first; doc < end;)
        {
            var word = _bits[doc >> 6] >> (doc & 63);
            if (word != 0 && BitOperations.TrailingZeroCount(word) < end - doc)
            {
                return true;
            }

            doc = (doc | 63) + 1;
        }

        return false;
    }

    /// <summary>The documents in ascending order (newest first), from the <paramref name="skip"/>-th on.</summary>
    public IEnumerable<int> Docs(int skip = 0)
    {
        for (var i = 0; i < _bits.Length; i++)
        {
            var word = _bits[i];
            var count = BitOperations.PopCount(word);
            if (skip >= count)
            {
                skip -= count;
                continue;
            }

            while (word != 0)
            {
                var doc = (i << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                if (skip > 0)
                {
                    skip--;
                    continue;
                }

                yield return doc;
            }
        }
    }
}

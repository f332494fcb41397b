using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>
/// Which articles of a new snapshot the last index already holds (by <see cref="DocumentKey"/>),
/// and their terms taken from it. The last index's chunks are turned around (<see cref="ChunkDocuments"/>)
/// only when first needed and let go once every article taken from them is: articles keep their
/// relative order from one snapshot to the next, so only a few are held at a time. A chunk whose
/// articles are all kept, side by side, is not turned around at all: it is taken whole (<see cref="Plan"/>).
/// </summary>
internal sealed class IndexReuse
{
    private readonly ReusableIndex _previous;
    private readonly ChunkPlace[] _places;
    // Per article of the new snapshot, its document in the last index, or -1 to tokenise it.
    private readonly int[] _from;
    // Per chunk of the last index, how many of its articles are still to be taken one by one.
    private readonly int[] _pending;
    private readonly ChunkDocuments?[] _inverted;
    private readonly Lock[] _locks;

    public IndexReuse(ReusableIndex previous, ImmutableArray<Article> articles)
    {
        _previous = previous;
        _places = [.. previous.Chunks.Select(chunk => chunk.Place)];
        var documents = new Dictionary<ulong, int>(previous.DocumentKeys.Length);
        for (var doc = 0; doc < previous.DocumentKeys.Length; doc++)
        {
            if (previous.DocumentKeys[doc] != 0)
            {
                documents.TryAdd(previous.DocumentKeys[doc], doc);
            }
        }

        Keys = new ulong[articles.Length];
        Parallel.For(0, articles.Length, i => Keys[i] = DocumentKey.Of(articles[i]));
        _from = new int[articles.Length];
        for (var i = 0; i < articles.Length; i++)
        {
            // Removed once taken: each document of the last index feeds one article at most.
            _from[i] = Keys[i] is var key and not 0 && documents.Remove(key, out var doc) ? doc : -1;
            Count += _from[i] >= 0 ? 1 : 0;
        }

        Plan = ChunkPlan.Update(_from, _places);
        _pending = new int[_places.Length];
        foreach (var entry in Plan.Where(entry => entry.From < 0))
        {
            for (var i = entry.Place.FirstDoc; i < entry.Place.EndDoc; i++)
            {
                if (_from[i] >= 0)
                {
                    _pending[ChunkPlace.Find(_places, _from[i])]++;
                }
            }
        }

        _inverted = new ChunkDocuments?[_pending.Length];
        _locks = [.. _pending.Select(_ => new Lock())];
    }

    /// <summary>How many of the new snapshot's articles are taken from the last index.</summary>
    public int Count { get; }

    /// <summary>Each new article's <see cref="DocumentKey"/>, for the new index to keep.</summary>
    public ulong[] Keys { get; }

    /// <summary>The new index's chunks: the last index's kept whole where they can be, the rest grouped anew.</summary>
    public ChunkPlan.Entry[] Plan { get; }

    /// <summary>The last index, for its kept chunks.</summary>
    public ReusableIndex Previous => _previous;

    /// <summary>
    /// The last index's chunk that <paramref name="place"/> can be patched from (<see cref="ChunkPatch"/>):
    /// of the same size, each of whose articles is the new chunk's article at the same offset, or
    /// replaced by one read anew, at least three in four kept. -1 when there is none.
    /// </summary>
    public int PatchSource(ChunkPlace place)
    {
        var first = place.FirstDoc;
        while (first < place.EndDoc && _from[first] < 0)
        {
            first++;
        }

        if (first == place.EndDoc)
        {
            return -1;
        }

        var chunk = ChunkPlace.Find(_places, _from[first]);
        var start = _places[chunk].FirstDoc - place.FirstDoc;
        if (_places[chunk].DocCount != place.DocCount || _from[first] - first != start)
        {
            return -1;
        }

        var kept = 0;
        for (var doc = place.FirstDoc; doc < place.EndDoc; doc++)
        {
            if (_from[doc] >= 0 && _from[doc] != doc + start)
            {
                return -1;
            }

            kept += _from[doc] >= 0 ? 1 : 0;
        }

        return kept * 4 >= place.DocCount * 3 ? chunk : -1;
    }

    /// <summary>Whether article <paramref name="doc"/> of the new snapshot is not in the last index and must be read.</summary>
    public bool IsReadAnew(int doc) => _from[doc] < 0;

    /// <summary>Fills <paramref name="into"/> with article <paramref name="doc"/>'s terms from the last index, if it has them.</summary>
    public bool TryFill(int doc, DocumentTerms into)
    {
        var from = _from[doc];
        if (from < 0)
        {
            return false;
        }

        var chunk = ChunkPlace.Find(_places, from);
        Inverted(chunk).Fill(into, from - _places[chunk].FirstDoc, _previous.Blocks.Of(from));
        if (Interlocked.Decrement(ref _pending[chunk]) == 0)
        {
            Volatile.Write(ref _inverted[chunk], null);
        }

        return true;
    }

    private ChunkDocuments Inverted(int chunk)
    {
        if (Volatile.Read(ref _inverted[chunk]) is { } inverted)
        {
            return inverted;
        }

        lock (_locks[chunk])
        {
            return _inverted[chunk] ??= new ChunkDocuments(_previous.Chunks[chunk], _places[chunk].DocCount);
        }
    }
}

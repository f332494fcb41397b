using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>
/// Which articles of a new snapshot the last index already holds (by <see cref="DocumentKey"/>),
/// and their terms taken from it. The last index's chunks are turned around (<see cref="ChunkDocuments"/>)
/// only when first needed and let go once every article taken from them is: articles keep their
/// relative order from one snapshot to the next, so only a few are held at a time.
/// </summary>
internal sealed class IndexReuse
{
    private readonly ReusableIndex _previous;
    // Per article of the new snapshot, its document in the last index, or -1 to tokenise it.
    private readonly int[] _from;
    // Per chunk of the last index, how many of its articles are still to be taken.
    private readonly int[] _pending;
    private readonly ChunkDocuments?[] _inverted;
    private readonly Lock[] _locks;

    public IndexReuse(ReusableIndex previous, ImmutableArray<Article> articles)
    {
        _previous = previous;
        var documents = new Dictionary<ulong, int>(previous.DocumentKeys.Length);
        for (var doc = 0; doc < previous.DocumentKeys.Length; doc++)
        {
            if (previous.DocumentKeys[doc] != 0)
            {
                documents.TryAdd(previous.DocumentKeys[doc], doc);
            }
        }

        var keys = new ulong[articles.Length];
        Parallel.For(0, articles.Length, i => keys[i] = DocumentKey.Of(articles[i]));
        _from = new int[articles.Length];
        _pending = new int[previous.Chunks.Count];
        for (var i = 0; i < articles.Length; i++)
        {
            // Removed once taken: each document of the last index feeds one article at most.
            _from[i] = keys[i] is var key and not 0 && documents.Remove(key, out var doc) ? doc : -1;
            if (_from[i] >= 0)
            {
                _pending[_from[i] / SearchIndexBuilder.ChunkSize]++;
                Count++;
            }
        }

        _inverted = new ChunkDocuments?[_pending.Length];
        _locks = [.. _pending.Select(_ => new Lock())];
    }

    /// <summary>How many of the new snapshot's articles are taken from the last index.</summary>
    public int Count { get; }

    /// <summary>Fills <paramref name="into"/> with article <paramref name="doc"/>'s terms from the last index, if it has them.</summary>
    public bool TryFill(int doc, DocumentTerms into)
    {
        var from = _from[doc];
        if (from < 0)
        {
            return false;
        }

        var chunk = from / SearchIndexBuilder.ChunkSize;
        Inverted(chunk).Fill(into, from % SearchIndexBuilder.ChunkSize, _previous.Blocks.Of(from));
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
            var articles = Math.Min(SearchIndexBuilder.ChunkSize, _previous.DocumentKeys.Length - (chunk * SearchIndexBuilder.ChunkSize));
            return _inverted[chunk] ??= new ChunkDocuments(_previous.Chunks[chunk], articles);
        }
    }
}

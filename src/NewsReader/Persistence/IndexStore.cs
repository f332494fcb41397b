using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Search;
using NewsReader.Topics;

namespace NewsReader.Persistence;

/// <summary>
/// The search index of the last published snapshot, beside the snapshot store. When a start
/// publishes exactly the articles it indexed (<see cref="IndexKey"/>), the index is mapped from here
/// instead of built (the longest step of a start): its postings stay in the mapped file and the
/// heap holds only each chunk's term table. When some articles changed, came or went, the ones it
/// still holds are taken from it (<see cref="SearchIndex.Update"/>) and only the rest are read.
/// Beside it are the snapshot's topics as settled (<see cref="SettledTopicsRecord"/>): the same
/// articles settle the same way, so that start does not settle them again either.
/// Terms are written as words, not ids: ids are handed out per process.
/// </summary>
public static class IndexStore
{
    public const string FileName = "index.nrs";

    /// <summary>
    /// The saved index, mapped, if it was built for exactly <paramref name="articles"/>; else one
    /// updated from it (unless <paramref name="mappedOnly"/>); else null and why it cannot be used
    /// (no reason when there is no file).
    /// </summary>
    public static (SearchIndex? Index, string? Problem) Read(
        string folder,
        string fingerprint,
        ImmutableArray<Article> articles,
        Func<string, ImmutableArray<Article>>? topicArticles,
        SeedsFolderBoundary boundary,
        bool mappedOnly = false)
    {
        using var file = Open(folder, fingerprint, boundary);
        var (saved, problem) = Read(file, articles);
        using (saved)
        {
            return saved is null ? (null, problem) : saved.Index(articles, topicArticles, mappedOnly);
        }
    }

    /// <summary>
    /// Opens the saved index and starts reading its checksum and then its records on another core;
    /// <see cref="Read(SavedIndexFile, ImmutableArray{Article})"/> takes it once the articles are
    /// known. A start opens it before its single-threaded steps (scanning the folder, assigning
    /// permalinks), which leave a core free for the 400 MB of hashing and the decoding.
    /// </summary>
    public static SavedIndexFile Open(string folder, string fingerprint, SeedsFolderBoundary boundary)
    {
        try
        {
            var (store, problem) = StoreFile.Open(Path.Join(folder, FileName), fingerprint, boundary);
            return new SavedIndexFile(store, problem);
        }
        catch (Exception ex) when (StoreFile.IsReadFailure(ex))
        {
            return new SavedIndexFile(null, $"it could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    /// <summary>
    /// A file opened earlier, read for <paramref name="articles"/> (their topics settled or not:
    /// settling changes no article's key): whether it indexes exactly these, their settled topics
    /// if so, and its postings mapped. Once per file.
    /// </summary>
    public static (SavedSearchIndex? Saved, string? Problem) Read(SavedIndexFile file, ImmutableArray<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Take() is not var (store, decoding))
        {
            return (null, file.Problem);
        }

        MappedFile? mapped = null;
        try
        {
            using (store)
            {
                var (records, problem) = decoding.GetAwaiter().GetResult();
                if (records is null)
                {
                    return (null, problem);
                }

                var exact = records.Key == IndexKey.Of(articles) && records.DocumentKeys.Length == articles.Length;
                mapped = store.Map();
                var at = store.Layout.BodiesStart;
                var chunks = new ChunkPostings[records.Shapes.Length];
                for (var c = 0; c < chunks.Length; c++)
                {
                    var (place, terms, runStarts, postings, bytes) = records.Shapes[c];
                    chunks[c] = new ChunkPostings(place, terms, runStarts, MappedArrays.Take<ushort>(mapped, ref at, postings), MappedArrays.Take<ushort>(mapped, ref at, postings),
                        MappedArrays.Take<ushort>(mapped, ref at, postings), MappedArrays.Take<int>(mapped, ref at, postings + 1), MappedArrays.Take<byte>(mapped, ref at, bytes));
                }

                if (at != store.Layout.FileLength)
                {
                    return (null, "its postings do not add up to its length");
                }

                var places = Array.ConvertAll(records.Shapes, shape => shape.Place);
                var content = new ReusableIndex(chunks, new BlockPositions(places, records.Starts, records.Offsets), records.Lengths, records.DocumentKeys, records.Languages);
                var saved = new SavedSearchIndex(exact, mapped, content, records.Topics);
                mapped = null;
                return (saved, null);
            }
        }
        catch (Exception ex) when (StoreFile.IsReadFailure(ex))
        {
            return (null, $"it could not be read ({ex.GetType().Name}: {ex.Message})");
        }
        finally
        {
            // Not handed on: nothing points into it.
            mapped?.Unmap();
        }
    }

    /// <exception cref="IOException">The folder cannot be written, or leads through a link.</exception>
    /// <param name="topics">The topics of the snapshot <paramref name="index"/> is of, kept settled for a start with the same articles.</param>
    public static Task WriteAsync(string folder, string fingerprint, SearchIndex index, SeedsFolderBoundary boundary, TopicIndex? topics = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        var chunks = index.Chunks;
        var stems = TermIds.Stems();
        var locals = new Dictionary<int, int>();
        foreach (var term in chunks.SelectMany(chunk => chunk.Terms))
        {
            locals.TryAdd(term, locals.Count);
        }

        return StoreFile.WriteAsync(Path.Join(folder, FileName), fingerprint, boundary, chunks.Count,
            writer =>
            {
                writer.Write(IndexKey.Of(index.Articles));
                writer.Write(index.Articles.Length);
                WriteInts(writer, [.. index.Languages.Select(language => (int)language)]);
                writer.Write(locals.Count);
                foreach (var term in locals.Keys)
                {
                    writer.Write(stems[term]);
                }

                foreach (var chunk in chunks)
                {
                    writer.Write(chunk.Index);
                    writer.Write(chunk.FirstDoc);
                    writer.Write(chunk.DocCount);
                    WriteInts(writer, Array.ConvertAll(chunk.Terms, term => locals[term]));
                    WriteInts(writer, chunk.RunStarts);
                    writer.Write(chunk.Docs.Length);
                    writer.Write(chunk.Bytes.Length);
                }

                for (var c = 0; c < chunks.Count; c++)
                {
                    WriteInts(writer, index.Blocks.StartsOf(c));
                    WriteInts(writer, index.Blocks.OffsetsOf(c));
                }

                WriteInts(writer, index.Lengths);
                writer.Write(index.Articles.Length);
                writer.Write(MemoryMarshal.AsBytes(index.DocumentKeys.AsSpan()));

                SettledTopicsRecord.Write(writer, index.Articles, topics);
            },
            data =>
            {
                foreach (var chunk in chunks)
                {
                    WriteAligned(data, MemoryMarshal.AsBytes(chunk.Docs));
                    WriteAligned(data, MemoryMarshal.AsBytes(chunk.Weights));
                    WriteAligned(data, MemoryMarshal.AsBytes(chunk.Frequencies));
                    WriteAligned(data, MemoryMarshal.AsBytes(chunk.ByteStarts));
                    WriteAligned(data, chunk.Bytes);
                }
            },
            cancellationToken);
    }

    /// <summary>Every array starts on an 8-byte boundary of the file, so the mapping can be read as that array.</summary>
    private static void WriteAligned(Stream data, ReadOnlySpan<byte> bytes)
    {
        data.Write(bytes);
        data.Write(new byte[StoreFile.Aligned(bytes.Length) - bytes.Length]);
    }

    private static void WriteInts(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }
}

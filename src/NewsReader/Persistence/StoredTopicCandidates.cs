using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Persistence;

/// <summary>
/// A restored article's topic candidates, left in the snapshot store (see
/// <see cref="TopicCandidateSource"/>): at 100,000 articles two million candidates, a quarter of a
/// restart's record decoding and some 40 MB of heap that a start changing nothing never reads.
/// Read by position from the kept file, not from the mapping: mapped, every settling would leave
/// the pages it read in the process's resident memory.
/// </summary>
internal sealed class StoredTopicCandidates(KeptFile file, long offset, int length) : TopicCandidateSource
{
    // Lists up to this long (nearly all: twenty names or so) are read on the stack.
    private const int StackBytes = 1024;

    /// <summary>The candidates as the store holds them, for a store written from this one to copy unread.</summary>
    /// <exception cref="IOException">The store could not be read.</exception>
    public void CopyTo(BinaryWriter writer)
    {
        Span<byte> bytes = length <= StackBytes ? stackalloc byte[length] : new byte[length];
        file.Read(bytes, offset);
        writer.Write(length);
        writer.Write(bytes);
    }

    /// <remarks>
    /// The store's checksum held when it was read, so these bytes are what was written. Should a
    /// store made by hand still not decode, the article has no candidates: its topics stay as they
    /// were saved, and a page that reads them does not fail.
    /// </remarks>
    public override ImmutableArray<TopicCandidate> Read()
    {
        try
        {
            Span<byte> bytes = length <= StackBytes ? stackalloc byte[length] : new byte[length];
            file.Read(bytes, offset);
            var reader = new RecordReader(bytes);
            return TopicCandidatesRecord.Read(ref reader);
        }
        catch (Exception ex) when (StoreFile.IsReadFailure(ex))
        {
            return [];
        }
    }
}

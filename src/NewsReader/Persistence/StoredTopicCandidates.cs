using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Persistence;

/// <summary>
/// A restored article's topic candidates, left in the snapshot store (see
/// <see cref="TopicCandidateSource"/>): at 100,000 articles two million candidates, a quarter of a
/// restart's record decoding and some 40 MB of heap that a start changing nothing never reads.
/// Read from the store's mapping, the very file that was verified, as article bodies are: settling
/// reads every article's, and a read by position for each was a system call 100,000 times over. The
/// pages read are given back after the save that follows every settling (see
/// <see cref="MappedFile.ReleaseResidentPages"/>).
/// </summary>
internal sealed class StoredTopicCandidates(MappedFile file, long offset, int length) : TopicCandidateSource
{
    /// <summary>The candidates as the store holds them, for a store written from this one to copy unread.</summary>
    public void CopyTo(BinaryWriter writer)
    {
        writer.Write(length);
        writer.Write(file.Slice(offset, length));
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
            var reader = new RecordReader(file.Slice(offset, length));
            return TopicCandidatesRecord.Read(ref reader);
        }
        catch (Exception ex) when (StoreFile.IsReadFailure(ex))
        {
            return [];
        }
    }
}

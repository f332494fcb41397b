using NewsReader.Articles;

namespace NewsReader.Persistence;

/// <summary>An article's details left in the mapped store: <paramref name="length"/> bytes at <paramref name="at"/>.</summary>
internal sealed class StoredArticleDetails(MappedFile file, long at, int length) : ArticleDetailsSource
{
    public int Length => length;

    /// <summary>The details as the store holds them, for a save to copy.</summary>
    public ReadOnlySpan<byte> Bytes => file.Slice(at, length);

    /// <exception cref="InvalidDataException">The details do not fill their length exactly (the checksum let a damaged store through).</exception>
    public override ArticleDetails Read()
    {
        var reader = new RecordReader(Bytes);
        var details = ArticleDetailsRecord.Read(ref reader);
        return reader.Remaining == 0 ? details : throw new InvalidDataException($"an article's details leave {reader.Remaining} bytes unread");
    }
}

using NewsReader.Articles;

namespace NewsReader.Persistence;

/// <summary>
/// An article's <see cref="ArticleDetails"/> as the last part of its record: a length, then the
/// details. A start reads the length and leaves the rest in the mapped store
/// (<see cref="StoredArticleDetails"/>); a save copies details never read byte for byte.
/// </summary>
internal static class ArticleDetailsRecord
{
    // One buffer for the details of each article a save writes (saves are one at a time per thread).
    [ThreadStatic]
    private static MemoryStream? _buffer;

    public static void Write(BinaryWriter writer, Article article)
    {
        if (article.StoredDetails is StoredArticleDetails stored)
        {
            writer.Write(stored.Length);
            writer.Write(stored.Bytes);
            return;
        }

        var buffer = _buffer ??= new MemoryStream();
        buffer.SetLength(0);
        using (var details = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteDetails(details, article);
        }

        writer.Write((int)buffer.Length);
        writer.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads the length and leaves the details where they are, in <paramref name="file"/>.</summary>
    public static StoredArticleDetails Leave(ref RecordReader reader, long origin, MappedFile file)
    {
        var length = reader.ReadCount(1);
        var at = origin + reader.Position;
        reader.Skip(length);
        return new StoredArticleDetails(file, at, length);
    }

    /// <summary>The details themselves, their length already read.</summary>
    public static ArticleDetails Read(ref RecordReader reader) => new()
    {
        Headline = reader.ReadString(),
        Caption = StoreRecords.ReadOptional(ref reader),
        BodyHtml = StoreRecords.ReadOptional(ref reader),
        Byline = StoreRecords.ReadOptional(ref reader),
        Dateline = StoreRecords.ReadOptional(ref reader),
        LeadImage = StoreRecords.ReadOptional(ref reader),
        MissingImages = StoreRecords.ReadList(ref reader, pool: null),
        LeadImageAlt = StoreRecords.ReadOptional(ref reader),
        LeadImageCaption = StoreRecords.ReadOptional(ref reader),
        LeadImageCredit = StoreRecords.ReadOptional(ref reader),
        LeadImageWidth = StoreRecords.ReadOptionalInt(ref reader),
        LeadImageHeight = StoreRecords.ReadOptionalInt(ref reader),
        OriginalUrl = StoreRecords.ReadOptional(ref reader) is { } url ? new Uri(url, UriKind.Absolute) : null,
    };

    private static void WriteDetails(BinaryWriter writer, Article article)
    {
        writer.Write(article.Headline);
        StoreRecords.WriteOptional(writer, article.Caption);
        StoreRecords.WriteOptional(writer, article.KeptBodyHtml);
        StoreRecords.WriteOptional(writer, article.Byline);
        StoreRecords.WriteOptional(writer, article.Dateline);
        StoreRecords.WriteOptional(writer, article.LeadImage);
        StoreRecords.WriteList(writer, article.MissingImages);
        StoreRecords.WriteOptional(writer, article.LeadImageAlt);
        StoreRecords.WriteOptional(writer, article.LeadImageCaption);
        StoreRecords.WriteOptional(writer, article.LeadImageCredit);
        StoreRecords.WriteOptional(writer, article.LeadImageWidth);
        StoreRecords.WriteOptional(writer, article.LeadImageHeight);
        StoreRecords.WriteOptional(writer, article.OriginalUrl?.OriginalString);
    }
}

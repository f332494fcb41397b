using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using NewsReader.Articles;

namespace NewsReader.Persistence;

/// <summary>
/// One <see cref="StoredFile"/> as bytes, every <see cref="Article"/> property in a fixed order. The
/// body's text is not here: only each block's kind and length, the text follows in the bodies section.
/// A round-trip test sets every property, so one added to the article and forgotten here fails it.
/// Arrays read are wrapped as they are, not copied (as <c>ImmutableArray.Create</c> would): nothing
/// else holds them, and at 100,000 articles the copies were a fifth of a restart's reading.
/// The readers run once per start, 100,000 times over, before the JIT has got round to optimising
/// them (the web host's start keeps it busy): they are compiled optimised from their first call.
/// </summary>
internal static class StoreRecords
{
    public static void Write(BinaryWriter writer, StoredFile file)
    {
        writer.Write(file.SourceFile);
        writer.Write(file.Length);
        writer.Write(file.LastWriteUtc.Ticks);
        writer.Write(file.ContentHash);
        WriteOptional(writer, file.Error);
        writer.Write(file.Article is not null);
        if (file.Article is { } article)
        {
            WriteArticle(writer, article);
        }
    }

    /// <summary>The body text of <paramref name="article"/>, in the order its record lists the blocks.</summary>
    public static void WriteBody(Stream bodies, Article article)
    {
        // A body left in an earlier store is one run of bytes there: copied whole, its blocks not decoded.
        if (article.StoredBody is StoredArticleBody stored)
        {
            bodies.Write(stored.Text);
            return;
        }

        foreach (var block in article.Body)
        {
            bodies.Write(block.Utf8.Bytes);
        }
    }

    /// <summary>How many bytes <see cref="WriteBody"/> writes for <paramref name="article"/>.</summary>
    public static long BodyLength(Article? article) => article switch
    {
        null => 0,
        { StoredBody: StoredArticleBody stored } => stored.TextLength,
        _ => article.Body.Sum(block => (long)block.Utf8.Length),
    };

    /// <param name="reader">The records of one batch, read from the store.</param>
    /// <param name="origin">Where in the store the batch <paramref name="reader"/> reads starts.</param>
    /// <param name="bodies">The mapped store's bodies.</param>
    /// <param name="mapped">The store, mapped, where the topic candidates are left.</param>
    /// <param name="pool">Names read so far in this batch's worker.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static StoredFile Read(ref RecordReader reader, long origin, StoreBodies bodies, MappedFile mapped, StringPool pool)
    {
        var sourceFile = reader.ReadString();
        var length = reader.ReadInt64();
        var lastWrite = new DateTime(reader.ReadInt64(), DateTimeKind.Utc);
        var hash = reader.ReadUInt64();
        var error = ReadOptional(ref reader);
        var article = reader.ReadBoolean() ? ReadArticle(ref reader, origin, bodies, mapped, pool, sourceFile) : null;
        return new StoredFile(sourceFile, length, lastWrite, hash, article, error);
    }

    private static void WriteArticle(BinaryWriter writer, Article article)
    {
        writer.Write(article.Id);
        writer.Write(article.Slug);
        var body = article.Body;
        writer.Write(body.Length);
        foreach (var block in body)
        {
            writer.Write((byte)block.Kind);
            writer.Write(block.Utf8.Length);
        }

        WriteStandfirst(writer, article);

        WriteList(writer, article.Authors);
        writer.Write((byte)article.Format);
        WriteOptional(writer, article.SiteName);
        WriteOptional(writer, article.Language);
        WriteList(writer, article.Tags);
        WriteList(writer, article.Topics);
        TopicCandidatesRecord.Write(writer, article);

        writer.Write(article.WordCount);
        writer.Write(article.ReadingMinutes);
        WriteOptional(writer, article.Published);
        WriteOptional(writer, article.Updated);
        WriteOptional(writer, article.FileModified);
        writer.Write(article.SourceFile);
        writer.Write(article.ContentHash);
        writer.Write(article.SourceHash);
        writer.Write(article.Repaired);
        ArticleDetailsRecord.Write(writer, article);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Article ReadArticle(ref RecordReader reader, long origin, StoreBodies bodies, MappedFile mapped, StringPool pool, string fileName)
    {
        var id = reader.ReadString();
        var slug = reader.ReadString();

        // The blocks are left in the store (StoredArticleBody): only their lengths are read here.
        var count = reader.ReadCount(StoredArticleBody.EntrySize);
        var list = origin + reader.Position;
        var entries = reader.ReadBytes(count * StoredArticleBody.EntrySize);
        var length = StoredArticleBody.BodyLength(entries, count);
        var (window, start) = bodies.Take(length);
        var lead = reader.ReadInt32();
        var standfirst = lead switch
        {
            NoStandfirst => null,
            OwnStandfirst => new Utf8Text(reader.ReadString()),
            var block and >= 0 when block < count => (Utf8Text?)new Utf8Text(window, start + (int)StoredArticleBody.BodyLength(entries, block), StoredArticleBody.BlockLength(entries, block)),
            var block => throw new InvalidDataException($"a standfirst is block {block} of {count}"),
        };

        return new Article
        {
            Id = id,
            Slug = slug,
            // Set before the source the details are read from, which it would otherwise drop.
            Headline = "",
            StandfirstText = standfirst,
            Body = [],
            StoredBody = count == 0 ? null : new StoredArticleBody(mapped, list, count, window, start, length, Math.Max(lead, -1)),
            Authors = ReadList(ref reader, pool),
            Format = (ArticleFormat)reader.ReadByte(),
            SiteName = reader.ReadBoolean() ? pool.Read(ref reader) : null,
            Language = reader.ReadBoolean() ? pool.Read(ref reader) : null,
            Tags = ReadList(ref reader, pool),
            Topics = ReadList(ref reader, pool),
            StoredTopicCandidates = TopicCandidatesRecord.Leave(ref reader, origin, mapped),
            WordCount = reader.ReadInt32(),
            ReadingMinutes = reader.ReadInt32(),
            Published = ReadOptionalTime(ref reader),
            Updated = ReadOptionalTime(ref reader),
            FileModified = ReadOptionalTime(ref reader),
            // The file's name, written twice (for the file and its article), is kept once.
            SourceFile = reader.ReadStringBytes() is var name && Ascii.Equals(name, fileName) ? fileName : Encoding.UTF8.GetString(name),
            ContentHash = reader.ReadString(),
            SourceHash = reader.ReadUInt64(),
            Repaired = reader.ReadBoolean(),
            StoredDetails = ArticleDetailsRecord.Leave(ref reader, origin, mapped),
        };
    }

    private const int NoStandfirst = -1;
    private const int OwnStandfirst = -2;

    /// <summary>
    /// A plain-text lead is the body's first paragraph: its bytes are that block's, kept once in the
    /// store as in memory. Otherwise the standfirst is written out.
    /// </summary>
    private static void WriteStandfirst(BinaryWriter writer, Article article)
    {
        if (article.StandfirstText is not { } standfirst)
        {
            writer.Write(NoStandfirst);
            return;
        }

        if (article.StoredBody is StoredArticleBody { LeadBlock: >= 0 and var lead })
        {
            writer.Write(lead);
            return;
        }

        var body = article.Body;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i].Utf8.Bytes.SequenceEqual(standfirst.Bytes))
            {
                writer.Write(i);
                return;
            }
        }

        writer.Write(OwnStandfirst);
        writer.Write(standfirst.ToString());
    }

    internal static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    internal static string? ReadOptional(ref RecordReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    internal static void WriteOptional(BinaryWriter writer, int? value)
    {
        writer.Write(value.HasValue);
        writer.Write(value.GetValueOrDefault());
    }

    internal static int? ReadOptionalInt(ref RecordReader reader)
    {
        var (has, value) = (reader.ReadBoolean(), reader.ReadInt32());
        return has ? value : null;
    }

    private static void WriteOptional(BinaryWriter writer, DateTimeOffset? value)
    {
        writer.Write(value.HasValue);
        writer.Write(value.GetValueOrDefault().UtcTicks);
        writer.Write((short)value.GetValueOrDefault().Offset.TotalMinutes);
    }

    private static DateTimeOffset? ReadOptionalTime(ref RecordReader reader)
    {
        var (has, ticks, minutes) = (reader.ReadBoolean(), reader.ReadInt64(), reader.ReadInt16());
        return has ? new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(minutes)) : null;
    }

    internal static void WriteList(BinaryWriter writer, ImmutableArray<string> values)
    {
        writer.Write(values.IsDefault ? 0 : values.Length);
        foreach (var value in values.IsDefault ? [] : values)
        {
            writer.Write(value);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <param name="pool">Names read so far, for lists of names that repeat across articles; null for any other.</param>
    internal static ImmutableArray<string> ReadList(ref RecordReader reader, StringPool? pool)
    {
        var count = reader.ReadCount(1);
        if (count == 0)
        {
            return [];
        }

        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = pool is null ? reader.ReadString() : pool.Read(ref reader);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(values);
    }
}

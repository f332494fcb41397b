using System.Buffers.Binary;
using System.Collections;
using System.Reflection;
using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Persistence;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Persistence;

public sealed class StoreRoundTripTests
{
    private const string Fingerprint = "test build";

    [Fact]
    public void Full_EveryPropertySet_SoTheRoundTripCoversThemAll()
    {
        // A property added to Article must be set here (and so written by the store) for this to pass.
        var article = StoredArticles.Full();
        var unset = typeof(Article).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is not null)
            .Where(property => IsDefault(property.GetValue(article), property.PropertyType))
            .Select(property => property.Name);

        Assert.Empty(unset);
    }

    [Fact]
    public async Task Read_AfterWrite_GivesBackEveryPropertyOfEveryArticle()
    {
        using var folder = new TempFolder();
        var full = StoredArticles.Full();
        var plain = StoredArticles.Plain("plain.txt", "Plain text", "One paragraph.", "Another one, with “quotes”.") with { Standfirst = "Another one, with “quotes”." };
        var written = new[]
        {
            new StoredFile("world/full.md", 2048, new DateTime(2024, 3, 14, 16, 0, 0, DateTimeKind.Utc), 42, full, null),
            new StoredFile("plain.txt", 60, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), 7, plain, "now broken; the previous version stays published"),
            new StoredFile("broken.bin", 10, new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc), 9, null, "binary content"),
        };

        await SnapshotStore.WriteAsync(folder.Path, Fingerprint, written, new SeedsFolderBoundary(folder.Path));
        var (read, problem) = SnapshotStore.Read(folder.Path, Fingerprint, new SeedsFolderBoundary(folder.Path));

        Assert.Null(problem);
        Assert.NotNull(read);
        Assert.Equal(written.Select(f => (f.SourceFile, f.Length, f.LastWriteUtc, f.ContentHash, f.Error)), read.Select(f => (f.SourceFile, f.Length, f.LastWriteUtc, f.ContentHash, f.Error)));
        AssertSameArticle(full, read[0].Article!);
        AssertSameArticle(plain, read[1].Article!);
        Assert.Null(read[2].Article);
        // Plain text keeps no HTML: it is rendered from the restored blocks, as before.
        Assert.Equal(plain.BodyHtml, read[1].Article!.BodyHtml);
        Assert.Equal(DateTimeKind.Utc, read[0].LastWriteUtc.Kind);
    }

    [Theory]
    [InlineData("world/full.md")]
    [InlineData("världen/fullständig.md")]
    public async Task Read_ArticleOfItsOwnFile_SharesTheFilesNameRatherThanACopy(string sourceFile)
    {
        using var folder = new TempFolder();
        var article = StoredArticles.Full(sourceFile);
        var renamed = StoredArticles.Full("world/other.md");
        var written = new[]
        {
            new StoredFile(sourceFile, 2048, new DateTime(2024, 3, 14, 16, 0, 0, DateTimeKind.Utc), 42, article, null),
            new StoredFile("world/copy.md", 2048, new DateTime(2024, 3, 14, 16, 0, 0, DateTimeKind.Utc), 43, renamed, null),
        };

        await SnapshotStore.WriteAsync(folder.Path, Fingerprint, written, new SeedsFolderBoundary(folder.Path));
        var (read, _) = SnapshotStore.Read(folder.Path, Fingerprint, new SeedsFolderBoundary(folder.Path));

        // An ASCII name (nearly every one) is kept once; any other is at least read right.
        Assert.Equal(sourceFile, read![0].Article!.SourceFile);
        Assert.True(!sourceFile.All(char.IsAscii) || ReferenceEquals(read[0].SourceFile, read[0].Article!.SourceFile));
        Assert.Equal("world/other.md", read[1].Article!.SourceFile);
    }

    [Fact]
    public async Task Read_ManyBatches_GivesEveryRecordBackInPlaceWithItsOwnBody()
    {
        // Batches are read on every core at once; each record must still come back in its place.
        var written = ManyFiles(RecordBatch.Size * 3 + 17);
        using var folder = new TempFolder();

        await SnapshotStore.WriteAsync(folder.Path, Fingerprint, written, new SeedsFolderBoundary(folder.Path));
        var (read, problem) = SnapshotStore.Read(folder.Path, Fingerprint, new SeedsFolderBoundary(folder.Path));

        Assert.Null(problem);
        Assert.NotNull(read);
        Assert.Equal(Summary(written), Summary(read));
    }

    [Fact]
    public async Task Read_BatchTableThatDisagreesWithTheBodies_IsNotUsed()
    {
        // A store made by hand, its checksum right: only the batches' own checks can tell.
        var written = ManyFiles(RecordBatch.Size + 5);
        using var folder = new TempFolder();
        await SnapshotStore.WriteAsync(folder.Path, Fingerprint, written, new SeedsFolderBoundary(folder.Path));
        var path = Path.Join(folder.Path, SnapshotStore.FileName);
        var bytes = File.ReadAllBytes(path);
        var bodiesStart = StoreLayout.HeaderSize + BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(16));
        var tableStart = (int)BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan((int)bodiesStart - 8));
        // The second batch's body is said to start one byte later than it does.
        var secondBody = tableStart + sizeof(int) + 16 + 8;
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(secondBody), BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(secondBody)) + 1);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(32), StoreChecksum.Of(bytes.AsSpan(StoreLayout.HeaderSize)));
        File.WriteAllBytes(path, bytes);

        var (read, problem) = SnapshotStore.Read(folder.Path, Fingerprint, new SeedsFolderBoundary(folder.Path));

        Assert.Null(read);
        // The first batch now ends short of the second's body, and the second runs past the end:
        // whichever core notices first, the store is refused as damaged, not read.
        Assert.StartsWith("it could not be read (InvalidDataException", problem);
    }

    private static StoredFile[] ManyFiles(int count)
    {
        var time = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        return [.. Enumerable.Range(0, count).Select(i => i % 5 == 4
            ? new StoredFile($"broken/{i}.bin", i, time, (ulong)i, null, $"binary content {i}")
            : new StoredFile($"news/{i}.txt", i, time, (ulong)i, StoredArticles.Plain($"news/{i}.txt", $"Headline {i}", $"Lead of article {i}.", new string('x', i % 300)), null))];
    }

    private static IEnumerable<(string, ulong, string?, string?, string?)> Summary(IEnumerable<StoredFile> files) =>
        files.Select(f => (f.SourceFile, f.ContentHash, f.Error, f.Article?.Headline, f.Article?.BodyText));

    private static void AssertSameArticle(Article expected, Article actual)
    {
        foreach (var property in typeof(Article).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var (left, right) = (property.GetValue(expected), property.GetValue(actual));
            if (left is IEnumerable sequence and not string)
            {
                Assert.Equal(sequence.Cast<object>(), ((IEnumerable)right!).Cast<object>());
            }
            else
            {
                Assert.True(Equals(left, right), $"{property.Name}: expected {left}, read {right}");
            }
        }

        // DateTimeOffset equality ignores the offset; the page shows the source's own.
        Assert.Equal(expected.Published?.Offset, actual.Published?.Offset);
        Assert.Equal(expected.FileModified?.Offset, actual.FileModified?.Offset);
        Assert.Equal(expected.Body.Select(b => (b.Kind, b.Text)), actual.Body.Select(b => (b.Kind, b.Text)));
    }

    private static bool IsDefault(object? value, Type type) => value switch
    {
        null => true,
        IEnumerable sequence and not string => !sequence.Cast<object>().Any(),
        _ => type.IsValueType && value.Equals(Activator.CreateInstance(Nullable.GetUnderlyingType(type) ?? type)),
    };
}

using System.Buffers.Binary;
using NewsReader.Files;
using NewsReader.Persistence;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Persistence;

/// <summary>A store is used whole or not at all: whatever happened to the file, nothing half-read is trusted.</summary>
public sealed class SnapshotStoreTests : IDisposable
{
    private const string Fingerprint = "test build";
    private readonly TempFolder _folder = new();

    private string StorePath => Path.Join(_folder.Path, SnapshotStore.FileName);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_NoStoreYet_GivesNeitherFilesNorProblem()
    {
        var (files, problem) = Read();

        Assert.Null(files);
        Assert.Null(problem);
    }

    [Fact]
    public async Task Read_TruncatedStore_IsNotUsed()
    {
        await WriteStoreAsync();
        using (var stream = File.OpenWrite(StorePath))
        {
            stream.SetLength(stream.Length - 10);
        }

        var (files, problem) = Read();

        Assert.Null(files);
        Assert.Contains("truncated", problem);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.9)]
    public async Task Read_OneByteFlipped_IsNotUsed(double where)
    {
        await WriteStoreAsync();
        var bytes = File.ReadAllBytes(StorePath);
        var at = StoreLayout.HeaderSize + (int)((bytes.Length - StoreLayout.HeaderSize) * where);
        bytes[at] ^= 0x10;
        File.WriteAllBytes(StorePath, bytes);

        var (files, problem) = Read();

        Assert.Null(files);
        Assert.Contains("checksum", problem);
    }

    [Fact]
    public async Task Read_StoreOfAnOlderFormat_IsNotUsed()
    {
        await WriteStoreAsync();
        var bytes = File.ReadAllBytes(StorePath);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), StoreLayout.Version - 1);
        File.WriteAllBytes(StorePath, bytes);

        var (files, problem) = Read();

        Assert.Null(files);
        Assert.Contains($"format {StoreLayout.Version - 1}", problem);
    }

    [Fact]
    public async Task Read_StoreOfAnotherBuild_IsNotUsed()
    {
        await WriteStoreAsync();

        var (files, problem) = SnapshotStore.Read(_folder.Path, "another build", new SeedsFolderBoundary(_folder.Path));

        Assert.Null(files);
        Assert.Contains("another build", problem);
    }

    [Fact]
    public void Read_NotAStoreAtAll_IsNotUsed()
    {
        File.WriteAllText(StorePath, "just some text that happens to sit where the store goes");

        var (files, problem) = Read();

        Assert.Null(files);
        Assert.Contains("not a NewsReader snapshot store", problem);
    }

    [Fact]
    public async Task Write_OverAnOldStore_ReplacesItWholeAndLeavesNoTemporaryFile()
    {
        await WriteStoreAsync("old.txt");

        await WriteStoreAsync("new.txt");

        var (files, _) = Read();
        Assert.Equal(["new.txt"], files!.Select(f => f.SourceFile));
        Assert.Equal([SnapshotStore.FileName], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Write_StoreIsASymbolicLink_RefusesAndLeavesTheTargetAlone()
    {
        var target = _folder.Write("elsewhere.txt", "not to be overwritten");
        File.CreateSymbolicLink(StorePath, target);

        await Assert.ThrowsAsync<IOException>(() => WriteStoreAsync());

        Assert.Equal("not to be overwritten", File.ReadAllText(target));
    }

    private Task WriteStoreAsync(string sourceFile = "story.txt") =>
        SnapshotStore.WriteAsync(_folder.Path, Fingerprint, [new StoredFile(sourceFile, 30, DateTime.UnixEpoch, 5, StoredArticles.Plain(sourceFile, "A story", "Its only paragraph, long enough to flip a byte in."), null)], new SeedsFolderBoundary(_folder.Path));

    private (IReadOnlyList<StoredFile>? Files, string? Problem) Read() => SnapshotStore.Read(_folder.Path, Fingerprint, new SeedsFolderBoundary(_folder.Path));
}

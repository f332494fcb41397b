using NewsReader.Files;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Files;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _seeds = new();
    private readonly TempFolder _outside = new();

    public void Dispose()
    {
        _seeds.Dispose();
        _outside.Dispose();
    }

    private string Own => Path.Combine(_seeds.Path, ".newsreader", "own.tsv");

    [Fact]
    public async Task WriteAllLinesAsync_Twice_LastContentAndNoTemporaryFileLeft()
    {
        var boundary = new SeedsFolderBoundary(_seeds.Path);

        await AtomicFile.WriteAllLinesAsync(Own, ["one"], boundary, CancellationToken.None);
        await AtomicFile.WriteAllLinesAsync(Own, ["two", "three"], boundary, CancellationToken.None);

        Assert.Equal(["two", "three"], await AtomicFile.ReadAllLinesAsync(Own, boundary, CancellationToken.None) ?? []);
        Assert.Equal(["own.tsv"], Directory.GetFiles(Path.GetDirectoryName(Own)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteAllLinesAsync_TargetIsALinkOutside_RefusedAndOutsideUnchanged()
    {
        var victim = _outside.Write("victim.txt", "precious");
        Directory.CreateDirectory(Path.GetDirectoryName(Own)!);
        File.CreateSymbolicLink(Own, victim);

        await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAllLinesAsync(Own, ["slug\tid"], new SeedsFolderBoundary(_seeds.Path), CancellationToken.None));

        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.NotNull(new FileInfo(Own).LinkTarget);
    }

    [Fact]
    public async Task WriteAllLinesAsync_FolderIsALinkOutside_RefusedAndNothingWrittenThere()
    {
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, ".newsreader"), _outside.Path);

        await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAllLinesAsync(Own, ["slug\tid"], new SeedsFolderBoundary(_seeds.Path), CancellationToken.None));

        Assert.Empty(Directory.GetFileSystemEntries(_outside.Path));
    }

    [Fact]
    public async Task ReadAllLinesAsync_LinkToOutsideFile_Refused()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Own)!);
        File.CreateSymbolicLink(Own, _outside.Write("secret.txt", "secret\tline"));

        await Assert.ThrowsAsync<IOException>(() => AtomicFile.ReadAllLinesAsync(Own, new SeedsFolderBoundary(_seeds.Path), CancellationToken.None));
    }
}

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

    public static TheoryData<byte[]> Contents()
    {
        byte[][] contents =
        [
            System.Text.Encoding.UTF8.GetBytes("a\r\nb\rc\n\nd\n"),
            [],
            "\n"u8.ToArray(),
            "\r\n\r\n"u8.ToArray(),
            "last line without a break"u8.ToArray(),
            [0xEF, 0xBB, 0xBF, .. "marked\tutf-8\n"u8],
            [(byte)'b', (byte)'a', 0xFF, (byte)'d', (byte)'\n', 0xC3],
            [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("utf-16\r\nlines")],
            System.Text.Encoding.UTF8.GetBytes("slug\tid\u2028same line\u0085still\fit\n"),
        ];
        return [.. contents];
    }

    /// <summary>Read in one piece, a file gives the text and lines the framework's readers give.</summary>
    [Theory]
    [MemberData(nameof(Contents))]
    public async Task ReadAllTextAndLinesAsync_AnyBytes_AsTheFrameworkReadsThem(byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Own)!);
        await File.WriteAllBytesAsync(Own, content);
        var boundary = new SeedsFolderBoundary(_seeds.Path);

        Assert.Equal(File.ReadAllText(Own, System.Text.Encoding.UTF8), await AtomicFile.ReadAllTextAsync(Own, boundary, CancellationToken.None));
        Assert.Equal(File.ReadAllLines(Own, System.Text.Encoding.UTF8), await AtomicFile.ReadAllLinesAsync(Own, boundary, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAllTextAsync_NoFile_Null() =>
        Assert.Null(await AtomicFile.ReadAllTextAsync(Own, new SeedsFolderBoundary(_seeds.Path), CancellationToken.None));

    [Fact]
    public async Task ReadAllLinesAsync_LinkToOutsideFile_Refused()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Own)!);
        File.CreateSymbolicLink(Own, _outside.Write("secret.txt", "secret\tline"));

        await Assert.ThrowsAsync<IOException>(() => AtomicFile.ReadAllLinesAsync(Own, new SeedsFolderBoundary(_seeds.Path), CancellationToken.None));
    }
}

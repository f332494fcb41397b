using System.Globalization;
using NewsReader.Persistence;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Persistence;

/// <summary>
/// A mapping's pages given back after a save: they leave the process's resident memory (as Linux
/// counts it, per mapping, in /proc/self/smaps) and the bytes read the same afterwards.
/// </summary>
public sealed class MappedFileTests
{
    private const int Length = 8 << 20;

    [Fact]
    public void ReleaseResidentPages_AfterEveryPageWasRead_LeavesNoneResidentAndReadsTheSameBytes()
    {
        Assert.True(OperatingSystem.IsLinux(), "resident memory per mapping is read from Linux's /proc/self/smaps");
        using var folder = new TempFolder();
        var path = Path.Join(folder.Path, "pages.bin");
        var bytes = new byte[Length];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        using var handle = File.OpenHandle(path);
        var mapped = MappedFile.Open(handle, Length);
        try
        {
            Assert.True(mapped.Slice(0, Length).SequenceEqual(bytes));
            Assert.True(ResidentKilobytes(path) >= Length / 1024, "every page was read, so every page is resident");

            MappedFile.ReleaseResidentPages();

            Assert.Equal(0, ResidentKilobytes(path));
            Assert.True(mapped.Slice(0, Length).SequenceEqual(bytes));
        }
        finally
        {
            mapped.Unmap();
        }
    }

    /// <summary>The "Rss:" of the one mapping of <paramref name="path"/>.</summary>
    private static int ResidentKilobytes(string path)
    {
        var lines = File.ReadAllLines("/proc/self/smaps");
        var header = Array.FindIndex(lines, line => line.EndsWith(" " + path, StringComparison.Ordinal));
        Assert.True(header >= 0, $"{path} is mapped");
        var rss = lines.Skip(header + 1).First(line => line.StartsWith("Rss:", StringComparison.Ordinal));
        return int.Parse(rss["Rss:".Length..^"kB".Length].Trim(), CultureInfo.InvariantCulture);
    }
}

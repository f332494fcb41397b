using System.Globalization;
using NewsReader.Persistence;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Persistence;

/// <summary>
/// A mapping's pages given back after a save: they leave the process's resident memory (as Linux
/// counts it, per mapping, in /proc/self/smaps) and the bytes read the same afterwards. Run alone:
/// any other test's save gives back every mapping's pages, these tests' included.
/// </summary>
[Collection(nameof(MappedFileTests))]
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

    [Fact]
    public void PageReleasingStream_WritesPassedThrough_AndPagesGivenBackEveryInterval()
    {
        Assert.True(OperatingSystem.IsLinux(), "resident memory per mapping is read from Linux's /proc/self/smaps");
        using var folder = new TempFolder();
        var path = Path.Join(folder.Path, "pages.bin");
        File.WriteAllBytes(path, new byte[Length]);
        using var handle = File.OpenHandle(path);
        var mapped = MappedFile.Open(handle, Length);
        try
        {
            var chunk = new byte[1 << 20];
            Assert.True(mapped.Slice(0, Length).IndexOfAnyExcept((byte)0) < 0);
            var counted = new CountingStream();
            var releasing = new PageReleasingStream(counted);

            for (var i = 0; i < (PageReleasingStream.Interval / chunk.Length) - 1; i++)
            {
                chunk[0] = (byte)i;
                releasing.Write(chunk);
            }

            Assert.True(ResidentKilobytes(path) >= Length / 1024, "not yet an interval's worth written");
            chunk[0] = 63;
            releasing.Write(chunk);

            Assert.Equal(0, ResidentKilobytes(path));
            Assert.Equal(PageReleasingStream.Interval, counted.Written);
            Assert.Equal(Enumerable.Range(0, 64).Select(i => (byte)i), counted.Firsts);
        }
        finally
        {
            mapped.Unmap();
        }
    }

    /// <summary>Keeps only the first byte of each write, so an interval's worth costs no 64 MB in the test.</summary>
    private sealed class CountingStream : WriteOnlyStream
    {
        public long Written { get; private set; }

        public List<byte> Firsts { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Firsts.Add(buffer[0]);
            Written += buffer.Length;
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

[CollectionDefinition(nameof(MappedFileTests), DisableParallelization = true)]
public sealed class MappedFilesRunAlone;

using System.Diagnostics;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Feeds;

/// <summary>
/// The feeds as a real feed reader sees them: Python's feedparser (Debian's python3-feedparser,
/// installed by .ci/run) must parse both without setting its "bozo" flag for malformed input.
/// </summary>
public sealed class FeedParserInteropTests : IDisposable
{
    private const string Check = """
        import sys, feedparser
        d = feedparser.parse(sys.stdin.buffer.read())
        print(d.version, int(d.bozo), len(d.entries), d.entries[0].title if d.entries else "", repr(d.get("bozo_exception")))
        """;

    private readonly SeedsFolder _seeds = new SeedsFolder()
        .WithSeed()
        .With("001-tricky.txt", "Markets & <b>bonds</b> — “café” owners\n\nBody with <script>alert(1)</script> & ampersands.\n\nMore.");

    private readonly NewsReaderFactory _factory;

    public FeedParserInteropTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [FeedParserTheory]
    [InlineData("/feed.atom", "atom10")]
    [InlineData("/feed.rss", "rss20")]
    public async Task Get_Feed_FeedparserReadsItWithoutBozo(string path, string version)
    {
        var feed = await _factory.CreateClient().GetByteArrayAsync(new Uri(path, UriKind.Relative));

        var output = await RunPythonAsync(feed);

        Assert.Equal($"{version} 0 2 Trump Open to Meeting Kim Jong Un During Asia Trip None", output.Trim());
    }

    private static async Task<string> RunPythonAsync(byte[] input)
    {
        var start = new ProcessStartInfo(FeedParserTheoryAttribute.Python, ["-c", Check])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.BaseStream.WriteAsync(input);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, errors);
        return output;
    }
}

using System.Diagnostics;

namespace NewsReader.Web.Tests.Feeds;

/// <summary>
/// Runs where Debian's python3-feedparser is installed and is skipped elsewhere, unless
/// <c>NEWSREADER_REQUIRE_FEEDPARSER=1</c> (set by .ci/run) makes a missing parser a failure.
/// </summary>
public sealed class FeedParserTheoryAttribute : TheoryAttribute
{
    /// <summary>The system Python, which is where Debian puts its feedparser package.</summary>
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<bool> Available = new(() =>
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(Python, ["-c", "import feedparser"]) { RedirectStandardError = true });
            process!.WaitForExit(10_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    public FeedParserTheoryAttribute()
    {
        if (!Available.Value && Environment.GetEnvironmentVariable("NEWSREADER_REQUIRE_FEEDPARSER") != "1")
        {
            Skip = "Needs Python's feedparser: apt-get install -y python3-feedparser";
        }
    }
}

using System.Globalization;
using System.Net;
using NewsReader.Ingestion;

namespace NewsReader.Web.Hosting;

/// <summary>
/// What a client turned away during start-up reads: how far the load is, in words. Browsers get a
/// small page whose script (<c>wwwroot/js/startup.js</c>) updates the figures and shows the site
/// once it is ready; the stylesheet is behind the same gate, so the page is plain HTML that reads
/// well unstyled.
/// </summary>
public static class StartupPage
{
    /// <summary>
    /// The page's script, a static file (<c>wwwroot/js/startup.js</c>) that the start-up gate answers
    /// itself while the other static files wait behind it.
    /// </summary>
    public const string ScriptPath = "/js/startup.js";

    public static string Text(bool failed, LoadProgressReport? progress) => (failed, progress) switch
    {
        (false, null) => "NewsReader is loading its articles. Try again in a moment.\n",
        (false, { } report) => $"NewsReader is loading its articles: {Figures(report)}. Try again in a moment.\n",
        (true, null) => "NewsReader could not load its articles yet; it keeps trying. Try again later.\n",
        (true, { } report) => $"NewsReader could not load its articles yet; it keeps trying. Trying now: {Figures(report)}. Try again later.\n",
    };

    public static string Html(bool failed, LoadProgressReport? progress, string siteName)
    {
        var site = WebUtility.HtmlEncode(siteName);
        var heading = failed ? $"{site} could not load its articles yet" : $"{site} is starting";
        var status = (failed, progress) switch
        {
            (false, null) => "Loading the articles.",
            (false, { } report) => $"Loading the articles: {Figures(report)}.",
            (true, null) => "It keeps trying, and shows the site as soon as a load succeeds.",
            (true, { } report) => $"It keeps trying. Trying now: {Figures(report)}.",
        };
        var bar = progress is { Phase: LoadPhase.Parsing, ToParse: > 0 } parsing
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"\n<p><label for=\"files-parsed\">Files parsed</label> <progress id=\"files-parsed\" max=\"{parsing.ToParse}\" value=\"{parsing.Parsed}\">{parsing.Parsed * 100L / parsing.ToParse}%</progress></p>")
            : "";
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta name="robots" content="noindex">
            <title>Starting – {site}</title>
            </head>
            <body>
            <main>
            <h1>{heading}</h1>
            <p id="status">{status}</p>{bar}
            <p>This page updates itself and shows the site as soon as it is ready.</p>
            <noscript><p>Reload this page in a moment to see the site.</p></noscript>
            </main>
            <script src="{ScriptPath}" defer></script>
            </body>
            </html>

            """;
    }

    /// <summary>The figures in words: "41,200 of 100,000 files parsed (100,000 found), 9,800 a second, about 6 s left".</summary>
    public static string Figures(LoadProgressReport progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.Phase switch
        {
            LoadPhase.Parsing when progress is { PerSecond: { } perSecond, TimeLeft: { } left } => string.Create(
                CultureInfo.InvariantCulture,
                $"{progress.Parsed:N0} of {progress.ToParse:N0} files parsed ({progress.Found:N0} found), {perSecond:N0} a second, about {Math.Ceiling(left.TotalSeconds):N0} s left"),
            LoadPhase.Parsing => string.Create(CultureInfo.InvariantCulture, $"{progress.Parsed:N0} of {progress.ToParse:N0} files parsed ({progress.Found:N0} found)"),
            LoadPhase.Publishing => string.Create(CultureInfo.InvariantCulture, $"{progress.Parsed:N0} of {progress.ToParse:N0} files parsed ({progress.Found:N0} found), now {progress.Activity}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{progress.Activity}, {progress.Elapsed.TotalSeconds:N0} s so far"),
        };
    }
}

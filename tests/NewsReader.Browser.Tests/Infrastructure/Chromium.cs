namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>
/// Where the browser is and whether a missing one may skip the suite. The tests drive the
/// distribution's Chromium, so Playwright never downloads a browser of its own.
/// </summary>
public static class Chromium
{
    public const string PathVariable = "NEWSREADER_CHROMIUM";
    public const string RequireVariable = "NEWSREADER_REQUIRE_BROWSER";
    public const string DefaultPath = "/usr/bin/chromium";

    public const string MissingMessage =
        "Chromium not found: install it with `sudo apt-get install -y chromium` (or set NEWSREADER_CHROMIUM to its path)";

    /// <summary>
    /// Flags for a headless browser in a container and on a machine without network: no sandbox
    /// (it needs user namespaces), no GPU, and none of the background traffic Chromium starts by itself.
    /// </summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DefaultPath;

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>CI sets this so a missing browser fails the run instead of passing it with everything skipped.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    public static string? SkipReason => IsInstalled || IsRequired ? null : MissingMessage;
}

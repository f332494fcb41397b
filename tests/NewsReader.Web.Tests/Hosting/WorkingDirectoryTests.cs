using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using NewsReader.Web.Hosting;
using NewsReader.Web.Routing;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Hosting;

/// <summary>
/// systemd and containers start the app from some other folder (<c>cd /srv &amp;&amp; dotnet
/// /opt/newsreader/NewsReader.Web.dll</c>). The app must still take its settings and assets from
/// its own folder: started from elsewhere it used to read no appsettings.json, and a published
/// copy served every stylesheet empty. The built app is started as a process from a temporary
/// folder, as an operator would; tests/publish/from-other-folder.sh does the same with a publish.
/// </summary>
public sealed partial class WorkingDirectoryTests
{
    [Fact]
    public async Task Run_FromAnotherFolder_ContentRootIsTheAppFolderAndAssetsServed()
    {
        using var seeds = new SeedsFolder().WithStories(1);
        using var elsewhere = new SeedsFolder();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = elsewhere.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "NewsReader.Web.dll"), $"--Seeds:Path={seeds.Path}", "--urls=http://127.0.0.1:0"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            var (address, contentRoot) = await StartedAsync(process);
            using var client = new HttpClient { BaseAddress = address };
            await ReadyAsync(client);
            var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
            var stylesheet = Regex.Match(home, "href=\"(/css/[^\"]+\\.css)\"").Groups[1].Value;
            using var response = await client.GetAsync(new Uri(stylesheet, UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(AppContext.BaseDirectory, contentRoot);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(body.Length > 1000, $"{stylesheet}: {body.Length} bytes");
            Assert.True(response.Headers.Contains("Content-Security-Policy"), $"{stylesheet}: no security headers");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("--contentRoot=/srv/site")]
    [InlineData("--contentRoot", "/srv/site")]
    public void Options_ContentRootOnTheCommandLine_LeftToTheHost(params string[] args) =>
        Assert.Null(AppContentRoot.Options(args).ContentRootPath);

    [Fact]
    public void Options_NothingConfigured_TheAppFolder() =>
        Assert.Equal(AppContext.BaseDirectory, AppContentRoot.Options([]).ContentRootPath);

    /// <summary>
    /// Pages answer 503 until the first load is published (the start-up gate); a slow machine can
    /// still be loading the one story when the host says it listens, so wait as a load balancer would.
    /// </summary>
    private static async Task ReadyAsync(HttpClient client)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            using var ready = await client.GetAsync(new Uri(SitePaths.Readyz, UriKind.Relative), timeout.Token);
            if (ready.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>Reads the host's start-up lines: where it listens (the system picks the port) and its content root.</summary>
    private static async Task<(Uri Address, string ContentRoot)> StartedAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var log = new List<string>();
        Uri? address = null;
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            log.Add(line);
            if (ListeningOn().Match(line) is { Success: true } listening)
            {
                address = new Uri(listening.Groups[1].Value);
            }
            else if (ContentRootPath().Match(line) is { Success: true } root && address is not null)
            {
                return (address, root.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"The app stopped before it started: {string.Join('\n', log)}{await process.StandardError.ReadToEndAsync()}");
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();

    [GeneratedRegex(@"Content root path: (.+)$")]
    private static partial Regex ContentRootPath();
}

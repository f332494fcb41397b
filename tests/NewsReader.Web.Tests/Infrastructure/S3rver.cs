using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsReader.Web.Tests.Infrastructure;

/// <summary>
/// A real S3-compatible server for the test: npm's s3rver, installed by .ci/run into
/// tests/tools/s3rver (<c>npm ci</c> there), started on a free loopback port with a bucket of its
/// own in a temporary folder, and killed when the test ends. Objects are put and deleted with plain
/// unsigned HTTP, as an operator's curl would, so the app's S3 client is not testing itself.
/// </summary>
public sealed partial class S3rver : IAsyncDisposable
{
    public const string RequireVariable = "NEWSREADER_REQUIRE_S3";
    public const string Bucket = "news";

    /// <summary>s3rver's built-in keys; its signature check accepts requests signed with them.</summary>
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    private readonly Process _process;
    private readonly string _directory;
    private readonly HttpClient _http = new();

    private S3rver(Process process, string directory, Uri endpoint)
    {
        _process = process;
        _directory = directory;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>The script npm installed, found from the test's output folder up to the repository.</summary>
    public static string? Script
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Join(folder.FullName, "tests", "tools", "s3rver", "node_modules", "s3rver", "bin", "s3rver.js");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    /// <summary>Why S3 tests are skipped, or null: CI sets <see cref="RequireVariable"/> so a missing server fails them instead.</summary>
    public static string? SkipReason => Script is not null || Environment.GetEnvironmentVariable(RequireVariable) == "1"
        ? null
        : "s3rver is not installed: run `npm ci` in tests/tools/s3rver (needs Node.js 18+), or set NEWSREADER_REQUIRE_S3=1 to make this a failure";

    public static async Task<S3rver> StartAsync()
    {
        var script = Script ?? throw new InvalidOperationException(
            "s3rver is not installed but NEWSREADER_REQUIRE_S3=1: run `npm ci` in tests/tools/s3rver (.ci/run does).");
        var directory = Directory.CreateTempSubdirectory("newsreader-s3rver-").FullName;
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // s3rver makes its listing continuation tokens with DES, which OpenSSL 3 keeps in its legacy
        // provider: without the flag every listing that needs a second page fails with a 500.
        foreach (var argument in new[] { "--openssl-legacy-provider", script, "--directory", directory, "--address", "127.0.0.1", "--port", "0", "--silent", "--configure-bucket", Bucket })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) => errors.AppendLine(e.Data);
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (ListeningLine().Match(line) is { Success: true } match)
                {
                    // The rest of its output is read and dropped, so a full pipe never blocks the server.
                    _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
                    return new S3rver(process, directory, new Uri($"http://127.0.0.1:{match.Groups[1].Value}"));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        process.Kill(entireProcessTree: true);
        process.Dispose();
        throw new InvalidOperationException($"s3rver did not start: {errors}");
    }

    public Uri ObjectUri(string key) => new(Endpoint, $"/{Bucket}/{string.Join('/', key.Split('/').Select(Uri.EscapeDataString))}");

    public async Task PutAsync(string key, string text)
    {
        using var content = new StringContent(text, Encoding.UTF8, "text/plain");
        using var response = await _http.PutAsync(ObjectUri(key), content);
        response.EnsureSuccessStatusCode();
    }

    public async Task DeleteAsync(string key)
    {
        using var response = await _http.DeleteAsync(ObjectUri(key));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Stops the server (its data stays until disposal), for tests of a server that went away.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        _http.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    [GeneratedRegex(@"listening on 127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningLine();
}

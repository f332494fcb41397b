using System.Diagnostics;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Hosting;

/// <summary>
/// Starts the real app as a process, as an operator would, because how it stops (exit code,
/// message) is exactly what is under test and the test host would hide it.
/// </summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task Run_MissingSeedsFolder_ExitsWithMessageNamingPathAndKey()
    {
        using var seeds = new SeedsFolder();
        var missing = Path.Combine(seeds.Path, "does-not-exist");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["NewsReader.Web.dll", $"--Seeds:Path={missing}", "--urls=http://127.0.0.1:0"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var log = await output + await errors;

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("NewsReader cannot start", log, StringComparison.Ordinal);
        Assert.Contains($"'{missing}'", log, StringComparison.Ordinal);
        Assert.Contains("Seeds:Path", log, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
    }
}

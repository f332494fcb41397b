using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Ingestion;
using NewsReader.Parsing;

namespace NewsReader.Tests.Shared;

/// <summary>
/// A load a test can hold mid-parse: the parse of one named file waits until the test releases it.
/// Given to the app's own loader (<see cref="ParseOrHold"/>), or registered in place of the loader
/// the app makes (<see cref="ReplaceLoader"/>). Shared by the core, web and browser tests (linked
/// into each project).
/// </summary>
internal sealed class HeldParse(string? heldFile = null) : IDisposable
{
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _release = new(0);
    private volatile string? _heldFile = heldFile;

    /// <summary>The file whose parse waits; null holds none.</summary>
    public string? HeldFile
    {
        get => _heldFile;
        set => _heldFile = value;
    }

    /// <summary>Completes once the held file's parse has begun, and waits.</summary>
    public Task Held => _held.Task;

    /// <summary>Lets the held parse go on.</summary>
    public void Release() => _release.Release();

    /// <summary>Registers the holding loader in place of the app's.</summary>
    public void ReplaceLoader(IServiceCollection services) =>
        services.AddSingleton(provider => new SeedFolderLoader(
            provider.GetRequiredService<IOptions<SeedsOptions>>(),
            TimeProvider.System,
            provider.GetRequiredService<ILogger<SeedFolderLoader>>(),
            ParseOrHold,
            progress: provider.GetRequiredService<LoadProgress>()));

    /// <summary>Releases a parse still held, so no load waits for ever once the test is done.</summary>
    public void Dispose()
    {
        _release.Release();
        _release.Dispose();
    }

    /// <summary>Parses as the app does, after waiting for <see cref="Release"/> when the file is the one held.</summary>
    public ParseResult<Article> ParseOrHold(byte[] bytes, string file, TimeZoneInfo zone, CancellationToken token)
    {
        if (file == _heldFile)
        {
            _held.TrySetResult();
            _release.Wait(token);
        }

        return ArticleFileParser.Parse(bytes, file, zone, cancellationToken: token);
    }
}

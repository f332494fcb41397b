using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using NewsReader.Files;
using NewsReader.Ingestion;

namespace NewsReader.Web.Images;

/// <summary>
/// The proxy's signing key: 32 random bytes in <c>.newsreader/image-key</c> inside the seeds folder,
/// made on the first start and kept, so the addresses in articles (and in readers' caches) stay
/// valid across restarts. Written through <see cref="AtomicFile"/>, which refuses links.
/// </summary>
public static partial class ImageSigningKey
{
    public const int Length = 32;

    public static string PathIn(SeedsOptions seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        return Path.Join(Path.GetFullPath(seeds.Path), ".newsreader", "image-key");
    }

    /// <returns>The kept key; a key for this run only (logged) when the file cannot be read or written.</returns>
    public static async Task<byte[]> LoadOrCreateAsync(SeedsOptions seeds, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await KeptKeyAsync(seeds, logger, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogUnkept(logger, PathIn(seeds), ex.Message);
            return RandomNumberGenerator.GetBytes(Length);
        }
    }

    private static async Task<byte[]> KeptKeyAsync(SeedsOptions seeds, ILogger logger, CancellationToken cancellationToken)
    {
        var path = PathIn(seeds);
        var boundary = new SeedsFolderBoundary(seeds.Path);

        // Replicas sharing a new seeds folder start together: one makes the key, the others read
        // it. Each making its own would leave all but the last writer signing with a key nobody
        // else accepts, so a page from one replica would name images the others refuse.
        using var exclusive = await AtomicFile.LockAsync(path, boundary, cancellationToken).ConfigureAwait(false);
        var lines = await AtomicFile.ReadAllLinesAsync(path, boundary, cancellationToken).ConfigureAwait(false);
        if (lines is [var line, ..] && TryDecode(line, out var key))
        {
            return key;
        }

        if (lines is not null)
        {
            LogReplaced(logger, path);
        }

        key = RandomNumberGenerator.GetBytes(Length);
        await AtomicFile.WriteAllLinesAsync(path, [Convert.ToBase64String(key)], boundary, cancellationToken).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
        {
            // Whoever reads the key can make the proxy fetch anything: only the app's user may.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }

    private static bool TryDecode(string line, out byte[] key)
    {
        key = new byte[Length];
        return Convert.TryFromBase64String(line.Trim(), key, out var written) && written == Length;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The image signing key {KeyFile} cannot be kept ({Reason}); image addresses change at every start until it can")]
    private static partial void LogUnkept(ILogger logger, string keyFile, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The image signing key {KeyFile} was unreadable and has been replaced; earlier image addresses no longer work")]
    private static partial void LogReplaced(ILogger logger, string keyFile);
}

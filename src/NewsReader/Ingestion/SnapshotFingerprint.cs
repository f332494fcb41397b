using System.Globalization;
using NewsReader.Articles;
using NewsReader.Images;

namespace NewsReader.Ingestion;

/// <summary>
/// Everything besides a file's bytes that decides what parsing it gives: the build of the parsers
/// and the settings they read. A snapshot store written under another fingerprint is not used.
/// </summary>
public static class SnapshotFingerprint
{
    private static readonly Uri Probe = new("https://probe.invalid/newsreader/picture.png");

    public static string Of(SeedsOptions options, IRemoteImageAddresses? remoteImages)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Deterministic builds give the same module id for the same source: a rebuild of the same
        // code keeps the store, any change to the parsers discards it.
        var build = typeof(Article).Assembly.ManifestModule.ModuleVersionId;
        // The address given for a fixed picture changes with the image mode and its signing key.
        var images = remoteImages is null ? "kept" : remoteImages.AddressFor(Probe) ?? "dropped";
        return string.Create(CultureInfo.InvariantCulture,
            $"build {build:N}; zone {options.ResolvedTimeZone.Id}; limits {options.MaxFileBytes}/{options.MaxHtmlFileBytes}; budget {options.ParseTimeoutSeconds} s; images {images}");
    }
}

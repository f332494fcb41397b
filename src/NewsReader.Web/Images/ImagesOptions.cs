using System.ComponentModel.DataAnnotations;

namespace NewsReader.Web.Images;

/// <summary>How pictures are fetched, checked and kept, bound from the <c>Images</c> configuration section.</summary>
public sealed class ImagesOptions : IValidatableObject
{
    public const string Section = "Images";

    /// <summary><c>proxy</c> (the default), <c>link</c> or <c>drop</c>: see <see cref="RemoteImageMode"/>.</summary>
    public string Remote { get; set; } = "proxy";

    /// <summary>
    /// Lets the proxy fetch from private, loopback and link-local addresses. Off: an article could
    /// otherwise make the server read its own network (a router page, a cloud metadata service).
    /// </summary>
    public bool AllowPrivateHosts { get; set; }

    /// <summary>A remote image larger than this is refused (and nothing larger is decoded for resizing).</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The whole fetch of a remote image, redirects included, must finish within this.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Disk for fetched and resized images under <c>.newsreader/images/</c>; the least recently used go first. 0 keeps none.</summary>
    [Range(0, 1_048_576)]
    public int CacheMegabytes { get; set; } = 256;

    /// <summary>The parsed <see cref="Remote"/>; an unknown value never gets past validation at start.</summary>
    public RemoteImageMode Mode => Enum.TryParse<RemoteImageMode>(Remote, ignoreCase: true, out var mode) ? mode : RemoteImageMode.Proxy;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.TryParse<RemoteImageMode>(Remote, ignoreCase: true, out _) || Remote.Any(char.IsDigit))
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(Remote)} is '{Remote}'; it must be proxy, link or drop.", [nameof(Remote)]);
        }
    }
}

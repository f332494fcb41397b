using System.ComponentModel.DataAnnotations;

namespace NewsReader.Web;

/// <summary>How the site presents itself, bound from the <c>Site</c> configuration section.</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string Section = "Site";

    [Required]
    public string Name { get; set; } = "NewsReader";

    /// <summary>One sentence about the site, for the front page's description and the feeds.</summary>
    public string Description { get; set; } = "News articles, straight from their files.";

    /// <summary>
    /// The public address (e.g. <c>https://news.example.com</c>), for canonical links, feeds and
    /// share previews; empty means "the address the request came to".
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>URLs per sitemap file; past this the sitemap becomes an index (the protocol's limit is 50,000).</summary>
    [Range(1, 50_000)]
    public int SitemapUrlsPerFile { get; set; } = 50_000;

    /// <summary>Whether <c>/status</c> lists rejected, stale and repaired files; turn off where file names are private.</summary>
    public bool StatusPage { get; set; } = true;

    /// <summary>How many articles the front page shows at once.</summary>
    [Range(1, 500)]
    public int PageSize { get; set; } = 20;

    /// <summary>
    /// Memory for rendered pages kept as bytes (with their gzip and Brotli variants); 0 renders every
    /// request. Past the budget the kept pages are dropped and refill with what is being read.
    /// </summary>
    [Range(0, 1_048_576)]
    public int PageCacheMegabytes { get; set; } = 256;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(BaseUrl)
            && !(Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query)))
        {
            yield return new ValidationResult(
                $"Site:BaseUrl '{BaseUrl}' is not an absolute http(s) address such as https://news.example.com (or leave it empty).",
                [nameof(BaseUrl)]);
        }
    }

    /// <summary>Where dates written without an offset (Markdown front matter, some pages) are read, e.g. "Europe/London".</summary>
    public string TimeZone { get; set; } = "UTC";
}

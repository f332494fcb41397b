using System.ComponentModel.DataAnnotations;

namespace NewsReader.Web;

/// <summary>How the site presents itself, bound from the <c>Site</c> configuration section.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    [Required]
    public string Name { get; set; } = "NewsReader";

    /// <summary>The public address, for absolute links; empty means "the address of the request".</summary>
    public string? BaseUrl { get; set; }

    /// <summary>How many articles the front page shows at once.</summary>
    [Range(1, 500)]
    public int PageSize { get; set; } = 20;
}

using System.Collections.Immutable;

namespace NewsReader.Articles;

/// <summary>
/// What an article shows only on its own page, in a list or a feed: its headline, caption, HTML,
/// byline and the like. Nothing a start or a reload works with reads them, so an article restored
/// from the snapshot store leaves them there (<see cref="ArticleDetailsSource"/>) until a page asks.
/// Mutable only while its article is being initialised (see <see cref="Article"/>'s setters).
/// </summary>
internal record struct ArticleDetails
{
    public string Headline { get; set; }

    public string? Caption { get; set; }

    public string? BodyHtml { get; set; }

    public string? Byline { get; set; }

    public string? Dateline { get; set; }

    public string? LeadImage { get; set; }

    public ImmutableArray<string> MissingImages { get; set; }

    public string? LeadImageAlt { get; set; }

    public string? LeadImageCaption { get; set; }

    public string? LeadImageCredit { get; set; }

    public int? LeadImageWidth { get; set; }

    public int? LeadImageHeight { get; set; }

    public Uri? OriginalUrl { get; set; }
}

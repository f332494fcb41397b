namespace NewsReader.Web.Seo;

/// <summary>What a page tells crawlers and link previews about itself, rendered by <c>_Meta.cshtml</c>.</summary>
public sealed record PageMeta
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string CanonicalUrl { get; init; }

    /// <summary>Open Graph type: <c>article</c> or <c>website</c>.</summary>
    public required string Type { get; init; }

    public required string ImageUrl { get; init; }

    public required string ImageAlt { get; init; }

    /// <summary>The share image's size and type, when known; a link preview then needs not fetch it first. Null: left out.</summary>
    public int? ImageWidth { get; init; }

    public int? ImageHeight { get; init; }

    public string? ImageType { get; init; }

    /// <summary>Schema.org JSON-LD, already serialised with every markup character escaped.</summary>
    public required string JsonLd { get; init; }

    public DateTimeOffset? Published { get; init; }
}

namespace NewsReader.Parsing;

/// <summary>
/// An article's lead image with what came with it: the alt text, caption and credit of the body
/// figure it was taken from, and its size when the source or the file says.
/// </summary>
public sealed record LeadFigure
{
    /// <summary>A <c>/media/…</c> path or an absolute http(s) URL.</summary>
    public required string Url { get; init; }

    public string? Alt { get; init; }

    public string? Caption { get; init; }

    public string? Credit { get; init; }

    /// <summary>In pixels, when known: the file's header, the <c>img</c>'s attributes or og:image:width.</summary>
    public int? Width { get; init; }

    public int? Height { get; init; }
}

using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Parsing;

/// <summary>What any format's parser extracts from a file, before ids and slugs are assigned.</summary>
public sealed record ParsedArticle
{
    public required string Headline { get; init; }

    public string? Standfirst { get; init; }

    public string? Caption { get; init; }

    public required ImmutableArray<ParsedBlock> Body { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Updated { get; init; }

    /// <summary>The body as safe HTML when the format renders its own (Markdown, web pages); plain text is rendered from <see cref="Body"/>.</summary>
    public string? BodyHtml { get; init; }

    /// <summary>The authors, in the source's order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Where and when a wire story was filed ("SEOUL, Oct 24"), taken off its first paragraph.</summary>
    public string? Dateline { get; init; }

    public string? SiteName { get; init; }

    /// <summary>Where the article was first published (canonical link, og:url, front matter's <c>source</c>).</summary>
    public Uri? OriginalUrl { get; init; }

    public string? Language { get; init; }

    /// <summary>The article's main image as an absolute URL or a path under the site.</summary>
    public string? LeadImage { get; init; }

    /// <summary>What came with the lead image (alt text, caption, credit, size); used while its <see cref="LeadFigure.Url"/> is <see cref="LeadImage"/>.</summary>
    public LeadFigure? Lead { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Image references naming a file that is not inside the seeds folder (left out of the page).</summary>
    public IReadOnlyList<string> MissingImages { get; init; } = [];

    /// <summary>A slug the author chose, used instead of one made from the headline.</summary>
    public string? Slug { get; init; }
}

using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Parsing;

/// <summary>What any format's parser extracts from a file, before ids and slugs are assigned.</summary>
public sealed record ParsedArticle
{
    public required string Headline { get; init; }

    public string? Standfirst { get; init; }

    public string? Caption { get; init; }

    public required ImmutableArray<ArticleBlock> Body { get; init; }

    public DateTimeOffset? Published { get; init; }
}

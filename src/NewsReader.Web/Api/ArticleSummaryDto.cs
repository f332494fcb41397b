namespace NewsReader.Web.Api;

/// <summary>An article as it appears in the API's list.</summary>
public sealed record ArticleSummaryDto(
    string Id,
    string Slug,
    string Url,
    string Title,
    string? Standfirst,
    DateTimeOffset? Published,
    int WordCount,
    int ReadingMinutes);

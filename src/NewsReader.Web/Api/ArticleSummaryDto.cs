namespace NewsReader.Web.Api;

/// <summary>
/// An article as it appears in the API's list. <c>LeadImage</c> is the absolute address of its main
/// picture on this site and <c>Thumbnail</c> a copy 320 pixels wide; both null when it has none.
/// </summary>
public sealed record ArticleSummaryDto(
    string Id,
    string Slug,
    string Url,
    string Title,
    string? Standfirst,
    DateTimeOffset? Published,
    int WordCount,
    int ReadingMinutes,
    string? LeadImage,
    string? Thumbnail);

namespace NewsReader.Web.Api;

/// <summary>
/// One whole article. Values the source does not give are null, never guessed. <c>LeadImage</c> and
/// <c>Thumbnail</c> (320 pixels wide) are addresses on this site, as in <see cref="ArticleSummaryDto"/>.
/// </summary>
public sealed record ArticleDto(
    string Id,
    string Slug,
    string Url,
    string Title,
    string? Standfirst,
    string? Byline,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    string? SiteName,
    Uri? OriginalUrl,
    string? Language,
    IReadOnlyList<string>? Tags,
    int WordCount,
    int ReadingMinutes,
    string Source,
    string BodyText,
    string BodyHtml,
    string? LeadImage,
    string? Thumbnail);

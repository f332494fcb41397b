namespace NewsReader.Web.Api;

/// <summary>One page of articles, in front-page order, with the totals a client needs to page on.</summary>
public sealed record ArticleListDto(
    IReadOnlyList<ArticleSummaryDto> Items,
    int Page,
    int PageSize,
    int TotalCount,
    int TotalPages);

using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Storage;
using NewsReader.Web.Hosting;
using NewsReader.Web.Routing;
using NewsReader.Web.Sharing;

namespace NewsReader.Web.Api;

/// <summary><c>/api/articles</c>: the articles as JSON for other programs; errors are RFC 9457 problem details.</summary>
public static class ArticleApi
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>A list's thumbnail: the smallest copy the image service makes.</summary>
    public const int ThumbnailWidth = 320;

    private const string Tag = "Articles";

    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapRead(SitePaths.ApiArticles, List).WithTags(Tag).WithName("ListArticles")
            .WithSummary("Lists articles, newest first, a page at a time; narrowed by section, source, topic and days as the search page is.");
        endpoints.MapRead(SitePaths.ApiArticleRoute, Get).WithTags(Tag).WithName("GetArticle").WithSummary("Gets one article by its stable id.");
        return endpoints;
    }

    private static Results<Ok<ArticleListDto>, ProblemHttpResult> List(
        string? page,
        string? pageSize,
        [FromQuery(Name = SitePaths.SectionParameter)] string? section,
        [FromQuery(Name = SitePaths.SourceParameter)] string? source,
        [FromQuery(Name = SitePaths.TopicParameter)] string? topic,
        [FromQuery(Name = SitePaths.FromParameter)] string? from,
        [FromQuery(Name = SitePaths.ToParameter)] string? to,
        HttpRequest request,
        ArticleRepository repository,
        PublicUrls urls)
    {
        if (!TryReadPositive(page, 1, int.MaxValue, out var number))
        {
            return Invalid("page", "a whole number of 1 or more");
        }

        if (!TryReadPositive(pageSize, DefaultPageSize, MaxPageSize, out var size))
        {
            return Invalid("pageSize", $"a whole number from 1 to {MaxPageSize}");
        }

        if (!TryReadDay(from, out var first))
        {
            return Invalid(SitePaths.FromParameter, "a date written " + SitePaths.DayFormat);
        }

        if (!TryReadDay(to, out var last))
        {
            return Invalid(SitePaths.ToParameter, "a date written " + SitePaths.DayFormat);
        }

        // A value no article has narrows to nothing: an empty list, as a search that finds nothing.
        var filters = new SearchFilters { Section = Present(section), Source = Present(source), Topic = Present(topic), From = first, To = last };
        if (!filters.IsEmpty)
        {
            var found = repository.Current.SearchIndex.Search(new SearchRequest { Filters = filters, Page = number, PageSize = size });
            var narrowed = found.Hits.Select(hit => Summary(hit.Article, request, urls)).ToList();
            return TypedResults.Ok(new ArticleListDto(narrowed, number, size, found.Total, found.TotalPages));
        }

        var articles = repository.Current.Articles;
        var totalPages = (articles.Length + size - 1) / size;
        var items = articles
            .Skip((int)Math.Min((long)(number - 1) * size, articles.Length))
            .Take(size)
            .Select(article => Summary(article, request, urls))
            .ToList();
        return TypedResults.Ok(new ArticleListDto(items, number, size, articles.Length, totalPages));
    }

    private static Results<Ok<ArticleDto>, RedirectHttpResult, ProblemHttpResult> Get(string id, HttpRequest request, ArticleRepository repository, PublicUrls urls)
    {
        var resolution = repository.Current.ResolveId(id);
        if (resolution is { Status: PermalinkStatus.Moved, Article: { } original })
        {
            // A duplicate file's id: the article is published once, under the original's id.
            return TypedResults.Redirect(SitePaths.ApiArticle(original.Id), permanent: true);
        }

        if (resolution is not { Status: PermalinkStatus.Found, Article: { } article })
        {
            return resolution.Status == PermalinkStatus.Gone
                ? TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "Article removed", detail: $"The article '{id}' has been deleted.")
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No article has the id '{id}'.");
        }

        return TypedResults.Ok(new ArticleDto(
            article.Id,
            article.Slug,
            urls.Absolute(request, SitePaths.Article(article.Slug)),
            article.Headline,
            article.Standfirst,
            article.Byline,
            article.Published,
            article.Updated,
            article.SiteName,
            article.OriginalUrl,
            article.Language,
            article.Tags.IsDefaultOrEmpty ? null : article.Tags,
            article.WordCount,
            article.ReadingMinutes,
            article.SourceFile,
            article.BodyText,
            article.BodyHtml,
            urls.LeadImage(request, article),
            urls.LeadImage(request, article, ThumbnailWidth)));
    }

    private static ArticleSummaryDto Summary(Article article, HttpRequest request, PublicUrls urls) => new(
        article.Id, article.Slug, urls.Absolute(request, SitePaths.Article(article.Slug)), article.Headline, article.Standfirst, article.Published,
        article.WordCount, article.ReadingMinutes, urls.LeadImage(request, article), urls.LeadImage(request, article, ThumbnailWidth));

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryReadDay(string? text, out DateOnly? day)
    {
        day = null;
        if (Present(text) is not { } value)
        {
            return true;
        }

        var valid = DateOnly.TryParseExact(value, SitePaths.DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        day = valid ? parsed : null;
        return valid;
    }

    private static bool TryReadPositive(string? text, int fallback, int max, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1 && value <= max;
    }

    private static ProblemHttpResult Invalid(string parameter, string expected) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Invalid query parameter",
        detail: $"'{parameter}' must be {expected}.",
        extensions: new Dictionary<string, object?> { ["parameter"] = parameter });
}

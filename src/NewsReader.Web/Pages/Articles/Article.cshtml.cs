using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Storage;
using NewsReader.Web.Routing;
using NewsReader.Web.Seo;

namespace NewsReader.Web.Pages.Articles;

/// <summary>One article at its permalink, <c>/articles/{slug}</c>.</summary>
public sealed class ArticleModel(ArticleRepository repository, PageMetaFactory meta) : PageModel
{
    /// <summary>From this reading time on, a progress bar shows how much is left.</summary>
    public const int LongReadMinutes = 3;

    public NewsReader.Articles.Article Article { get; private set; } = null!;

    public PageMeta Meta { get; private set; } = null!;

    /// <summary>The lead image's default copy: the text column's width on a laptop, sharp enough on most phones.</summary>
    public const int LeadImageWidth = 960;

    /// <summary>From this width on, the lead image fills the text column.</summary>
    public const int LeadImageFullWidthFrom = 640;

    /// <summary>
    /// The lead image's displayed width, for the browser's choice from srcset: the text column (main in
    /// site.css, at most 65ch), which is about 800 pixels with the widest fallback serif and narrower with Charter.
    /// </summary>
    public const string LeadImageSizes = "(min-width: 52rem) 50rem, calc(100vw - 2rem)";

    /// <summary>How many related articles close the page.</summary>
    public const int RelatedCount = 5;

    public System.Collections.Immutable.ImmutableArray<NewsReader.Articles.Article> Related { get; private set; } = [];

    /// <summary>The neighbours in the front page's order, for reading on without going back to the list.</summary>
    public (NewsReader.Articles.Article? Previous, NewsReader.Articles.Article? Next) Neighbours { get; private set; }

    /// <summary>Each byline name with the author page it leads to (null when it has none, e.g. the site's own name).</summary>
    public System.Collections.Immutable.ImmutableArray<(string Name, NewsReader.Archives.Author? Author)> Bylines { get; private set; } = [];

    public IActionResult OnGet(string slug)
    {
        var snapshot = repository.Current;
        var resolution = snapshot.ResolveSlug(slug);
        switch (resolution)
        {
            case { Status: PermalinkStatus.Found, Article: { } article } when article.Slug == slug:
                Article = article;
                Meta = meta.ForArticle(Request, article);
                Neighbours = snapshot.NeighboursOf(article);
                Related = snapshot.SearchIndex.RelatedTo(article, RelatedCount);
                Bylines = [.. article.Authors.Select(name => (name, snapshot.Authors.Of(article, name)))];
                return Page();
            case { Article: { } moved }:
                // An old slug (the headline changed), a duplicate's address, or other letter case:
                // one permanent hop to where the article is now.
                return RedirectPermanent(SitePaths.Article(moved.Slug));
            case { Status: PermalinkStatus.Gone }:
                return StatusCode(StatusCodes.Status410Gone);
            default:
                return NotFound();
        }
    }
}

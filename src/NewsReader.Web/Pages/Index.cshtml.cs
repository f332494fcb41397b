using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Paging;
using NewsReader.Parsing;
using NewsReader.Storage;
using NewsReader.Topics;
using NewsReader.Web.Routing;
using NewsReader.Web.Seo;

namespace NewsReader.Web.Pages;

/// <summary>The front page and its numbered pages (<c>/</c>, <c>/page/2</c>, ...).</summary>
public sealed class IndexModel(ArticleRepository repository, PageMetaFactory meta, IOptions<SiteOptions> site) : PageModel
{
    /// <summary>Lists show the start of a long standfirst; the article page shows all of it.</summary>
    public const int TeaserLength = 280;

    /// <summary>The list's name, in its h1 and in the title of pages after the first.</summary>
    public const string ListName = "Latest articles";

    public ListPage<Article> Listing { get; private set; } = null!;

    /// <summary>On page 1 only: the topics the newest articles share.</summary>
    public ImmutableArray<Topic> TopicsNow { get; private set; } = [];

    public PageMeta Meta { get; private set; } = null!;

    public string SiteName => site.Value.Name;

    public IActionResult OnGet(int? pageNumber)
    {
        if (pageNumber == 1)
        {
            return RedirectPermanent(SitePaths.Home);
        }

        var page = repository.Current.GetPage(pageNumber ?? 1, site.Value.PageSize);
        if (page is null)
        {
            return NotFound();
        }

        Listing = page;
        if (page.Number == 1)
        {
            TopicsNow = repository.Current.Topics.Now;
        }

        var title = page.Number == 1 ? SiteName : $"{ListName}{Pager.SuffixFor(page.Number)} – {SiteName}";
        Meta = meta.ForFrontPage(Request, SitePaths.FrontPage(page.Number), title);
        return Page();
    }

    public static string Teaser(string standfirst) => ShortText.Cut(standfirst, TeaserLength);
}

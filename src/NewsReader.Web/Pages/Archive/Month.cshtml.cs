using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsReader.Archives;
using NewsReader.Articles;
using NewsReader.Paging;
using NewsReader.Storage;
using NewsReader.Web.Routing;
using NewsReader.Web.Seo;

namespace NewsReader.Web.Pages.Archive;

/// <summary><c>/archive/{year}/{month}</c> and its <c>/page/N</c>: the articles published that month, newest first.</summary>
public sealed class MonthModel(ArticleRepository repository, PageMetaFactory meta, IOptions<SiteOptions> site) : PageModel
{
    public MonthArticles Month { get; private set; } = null!;

    public ListPage<Article> Listing { get; private set; } = null!;

    /// <summary>The nearest months either side that have articles; empty months in between are skipped.</summary>
    public MonthArticles? Newer { get; private set; }

    public MonthArticles? Older { get; private set; }

    public PageMeta Meta { get; private set; } = null!;

    public IActionResult OnGet(int year, int month, int? pageNumber)
    {
        if (pageNumber == 1)
        {
            return RedirectPermanent(SitePaths.ArchiveMonth(year, month));
        }

        var archive = repository.Current.Archive;
        if (archive.Find(year, month) is not { } found || ListPage.Of(found.Articles, pageNumber ?? 1, site.Value.PageSize) is not { } listing)
        {
            return NotFound();
        }

        // "/archive/2024/3" is March too: one permanent hop to the one address the month has.
        var path = SitePaths.ArchiveMonth(year, month, listing.Number);
        if (!string.Equals(Request.Path.Value, path, StringComparison.Ordinal))
        {
            return RedirectPermanent(path);
        }

        (Month, Listing, Newer, Older) = (found, listing, archive.Newer(found.Month), archive.Older(found.Month));
        var title = listing.Number == 1 ? $"{found.Month.Name} – {site.Value.Name}" : $"{found.Month.Name} – page {listing.Number} – {site.Value.Name}";
        Meta = meta.ForList(Request, path, title, $"Articles published in {found.Month.Name} on {site.Value.Name}, newest first: {found.Articles.Length} in all.");
        return Page();
    }
}

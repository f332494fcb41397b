using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Paging;
using NewsReader.Storage;
using NewsReader.Web.Routing;
using NewsReader.Web.Seo;

namespace NewsReader.Web.Pages.Authors;

/// <summary><c>/authors/{slug}</c> and its <c>/page/N</c>: what one person wrote, in the front page's order.</summary>
public sealed class AuthorModel(ArticleRepository repository, PageMetaFactory meta, IOptions<SiteOptions> site) : PageModel
{
    public NewsReader.Archives.Author Author { get; private set; } = null!;

    public ListPage<Article> Listing { get; private set; } = null!;

    public PageMeta Meta { get; private set; } = null!;

    public IActionResult OnGet(string slug, int? pageNumber)
    {
        if (repository.Current.Authors.Find(slug) is not { } author)
        {
            return NotFound();
        }

        if (pageNumber == 1 || slug != author.Slug)
        {
            // Page 1 has no number; other letter case is the same person: one permanent hop.
            return RedirectPermanent(SitePaths.Author(author.Slug, pageNumber ?? 1));
        }

        if (ListPage.Of(author.Articles, pageNumber ?? 1, site.Value.PageSize) is not { } listing)
        {
            return NotFound();
        }

        (Author, Listing) = (author, listing);
        var title = listing.Number == 1 ? $"{author.Name} – {site.Value.Name}" : $"{author.Name} – page {listing.Number} – {site.Value.Name}";
        Meta = meta.ForList(Request, SitePaths.Author(author.Slug, listing.Number), title, $"Articles by {author.Name} on {site.Value.Name}, newest first: {author.Articles.Length} in all.");
        return Page();
    }
}

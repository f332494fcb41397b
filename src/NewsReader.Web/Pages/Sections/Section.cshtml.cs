using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsReader.Search;
using NewsReader.Storage;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Pages.Sections;

/// <summary><c>/sections/{slug}?page=N</c>: a section's articles, newest first.</summary>
public sealed class SectionModel(ArticleRepository repository, IOptions<SiteOptions> site) : PageModel
{
    public FacetValue Section { get; private set; } = null!;

    public SearchResults Listing { get; private set; } = null!;

    public IActionResult OnGet(string slug, [FromQuery(Name = SitePaths.PageParameter)] int pageNumber = 1)
    {
        var index = repository.Current.SearchIndex;
        if (pageNumber < 1 || index.FindSection(slug) is not { } section)
        {
            return NotFound();
        }

        var listing = index.Search(new SearchRequest { Filters = new SearchFilters { Section = section.Value }, Page = pageNumber, PageSize = site.Value.PageSize });
        if (pageNumber > 1 && listing.Hits.IsEmpty)
        {
            return NotFound();
        }

        (Section, Listing) = (section, listing);
        return Page();
    }
}

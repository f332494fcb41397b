using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsReader.Search;
using NewsReader.Storage;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Pages;

/// <summary><c>/search?q=...&amp;page=N</c>: ranked results from the current snapshot's index.</summary>
public sealed class SearchModel(ArticleRepository repository, IOptions<SiteOptions> site) : PageModel
{
    [BindProperty(SupportsGet = true, Name = SitePaths.SearchQueryParameter)]
    public string? Query { get; set; }

    // From the query only: bound like Query, "page" met Razor Pages' own route value (the page's
    // name), failed to convert, and every results page showed page 1.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = SitePaths.PageParameter)]
    public int PageNumber { get; set; } = 1;

    public SearchResults Results { get; private set; } = SearchResults.Empty(1, 1);

    public string SiteName => site.Value.Name;

    public IActionResult OnGet()
    {
        Query = Query?.Trim();
        if (PageNumber < 1)
        {
            return NotFound();
        }

        Results = repository.Current.SearchIndex.Search(Query, PageNumber, site.Value.PageSize);
        if (Results.SuggestionPending)
        {
            // Answered before suggestions were ready: the next request may have one, so keep no copy.
            Response.Headers.CacheControl = "no-store";
        }

        return PageNumber > 1 && Results.Hits.IsEmpty ? NotFound() : Page();
    }
}

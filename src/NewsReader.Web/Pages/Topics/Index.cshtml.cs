using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Paging;
using NewsReader.Storage;
using NewsReader.Topics;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Pages.Topics;

/// <summary><c>/topics?page=N</c>: every topic, the most written about first.</summary>
public sealed class IndexModel(ArticleRepository repository) : PageModel
{
    /// <summary>A large site names tens of thousands of topics: one page of them stays a page, not megabytes.</summary>
    public const int TopicsPerPage = 300;

    public ListPage<Topic> Listing { get; private set; } = null!;

    public IActionResult OnGet([FromQuery(Name = SitePaths.PageParameter)] int pageNumber = 1)
    {
        if (repository.Current.Topics.Page(pageNumber, TopicsPerPage) is not { } listing)
        {
            return NotFound();
        }

        Listing = listing;
        return Page();
    }
}

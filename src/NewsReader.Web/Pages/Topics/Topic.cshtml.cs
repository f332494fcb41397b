using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Paging;
using NewsReader.Storage;
using NewsReader.Topics;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Pages.Topics;

/// <summary><c>/topics/{slug}?page=N</c>: a topic's articles, in the front page's order.</summary>
public sealed class TopicModel(ArticleRepository repository, IOptions<SiteOptions> site) : PageModel
{
    public Topic Topic { get; private set; } = null!;

    public ListPage<Article> Listing { get; private set; } = null!;

    public IActionResult OnGet(string slug, [FromQuery(Name = SitePaths.PageParameter)] int pageNumber = 1)
    {
        if (repository.Current.Topics.Find(slug) is not { } topic)
        {
            return NotFound();
        }

        if (ListPage.Of(topic.Articles, pageNumber, site.Value.PageSize) is not { } listing)
        {
            return NotFound();
        }

        (Topic, Listing) = (topic, listing);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsReader.Storage;
using NewsReader.Topics;

namespace NewsReader.Web.Pages.Topics;

/// <summary><c>/topics/{slug}?page=N</c>: a topic's articles, in the front page's order.</summary>
public sealed class TopicModel(ArticleRepository repository, IOptions<SiteOptions> site) : PageModel
{
    public Topic Topic { get; private set; } = null!;

    public ArticlePage Listing { get; private set; } = null!;

    public IActionResult OnGet(string slug, [FromQuery(Name = "page")] int pageNumber = 1)
    {
        if (repository.Current.Topics.Find(slug) is not { } topic)
        {
            return NotFound();
        }

        var size = site.Value.PageSize;
        var total = Math.Max(1, (topic.Articles.Length + size - 1) / size);
        if (pageNumber < 1 || pageNumber > total)
        {
            return NotFound();
        }

        Topic = topic;
        Listing = new ArticlePage([.. topic.Articles.Skip((pageNumber - 1) * size).Take(size)], pageNumber, total, topic.Articles.Length);
        return Page();
    }

    public string PageUrl(int number) => $"/topics/{Topic.Slug}" + (number > 1 ? $"?page={number}" : "");
}

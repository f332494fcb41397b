using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Articles;
using NewsReader.Paging;
using NewsReader.Storage;
using NewsReader.Topics;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Pages.Topics;

/// <summary><c>/topics?page=N</c>: the most used people, places, organisations and subjects, then every topic, the most written about first.</summary>
public sealed class IndexModel(ArticleRepository repository) : PageModel
{
    /// <summary>A large site names tens of thousands of topics: one page of them stays a page, not a wall of chips.</summary>
    public const int TopicsPerPage = 100;

    /// <summary>How many of each kind the first page opens with.</summary>
    public const int PerKind = 10;

    private static readonly (TopicKind Kind, string Heading)[] Kinds =
        [(TopicKind.Person, "People"), (TopicKind.Place, "Places"), (TopicKind.Organisation, "Organisations"), (TopicKind.Subject, "Subjects")];

    public ListPage<Topic> Listing { get; private set; } = null!;

    /// <summary>On the first page only: each kind that has topics, with its most used.</summary>
    public IReadOnlyList<(string Heading, IReadOnlyList<Topic> Topics)> Groups { get; private set; } = [];

    public IActionResult OnGet([FromQuery(Name = SitePaths.PageParameter)] int pageNumber = 1)
    {
        var topics = repository.Current.Topics;
        if (topics.Page(pageNumber, TopicsPerPage) is not { } listing)
        {
            return NotFound();
        }

        Listing = listing;
        if (pageNumber == 1)
        {
            Groups = [.. Kinds
                .Select(k => (k.Heading, (IReadOnlyList<Topic>)[.. topics.MostUsed(k.Kind, PerKind)]))
                .Where(g => g.Item2.Count > 0)];
        }

        return Page();
    }
}

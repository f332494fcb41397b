using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Storage;
using NewsReader.Topics;

namespace NewsReader.Web.Pages.Topics;

/// <summary><c>/topics</c>: every topic, the most written about first.</summary>
public sealed class IndexModel(ArticleRepository repository) : PageModel
{
    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public void OnGet() => Topics = repository.Current.Topics.All;
}

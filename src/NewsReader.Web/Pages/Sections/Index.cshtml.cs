using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Search;
using NewsReader.Storage;

namespace NewsReader.Web.Pages.Sections;

/// <summary><c>/sections</c>: every section (seeds sub-folder) with its article count.</summary>
public sealed class IndexModel(ArticleRepository repository) : PageModel
{
    public ImmutableArray<FacetValue> Sections { get; private set; } = [];

    public void OnGet() => Sections = repository.Current.SearchIndex.Sections;
}

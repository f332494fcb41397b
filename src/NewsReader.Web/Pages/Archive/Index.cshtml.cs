using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsReader.Archives;
using NewsReader.Storage;
using NewsReader.Web.Routing;
using NewsReader.Web.Seo;

namespace NewsReader.Web.Pages.Archive;

/// <summary><c>/archive</c>: every year and month that has articles, with how many.</summary>
public sealed class IndexModel(ArticleRepository repository, PageMetaFactory meta, IOptions<SiteOptions> site) : PageModel
{
    public ArchiveIndex Archive { get; private set; } = null!;

    public PageMeta Meta { get; private set; } = null!;

    public void OnGet()
    {
        Archive = repository.Current.Archive;
        Meta = meta.ForList(Request, SitePaths.Archive, $"Archive – {site.Value.Name}", $"Every month of {site.Value.Name}'s articles, by date of publication.");
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsReader.Storage;

namespace NewsReader.Web.Pages;

/// <summary>The operator's view of the last load: every file that was rejected, kept stale, repaired or merged.</summary>
public sealed class StatusModel(ArticleRepository repository, IOptions<SiteOptions> site) : PageModel
{
    public ArticleSnapshot Snapshot { get; private set; } = ArticleSnapshot.Empty;

    public IActionResult OnGet()
    {
        if (!site.Value.StatusPage)
        {
            return NotFound();
        }

        // The operator wants the load as it is now, never a copy kept by the page cache or a browser.
        Response.Headers.CacheControl = "no-store";
        Snapshot = repository.Current;
        return Page();
    }
}

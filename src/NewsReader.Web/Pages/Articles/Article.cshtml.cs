using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Storage;

namespace NewsReader.Web.Pages.Articles;

/// <summary>One article at its permalink, <c>/articles/{slug}</c>.</summary>
public sealed class ArticleModel(ArticleRepository repository) : PageModel
{
    public NewsReader.Articles.Article Article { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        var article = repository.Current.FindBySlug(slug);
        if (article is null)
        {
            return NotFound();
        }

        if (!string.Equals(article.Slug, slug, StringComparison.Ordinal))
        {
            // A hand-typed permalink in other letter case: send readers (and crawlers) to the canonical one.
            return RedirectToPagePermanent("/Articles/Article", new { slug = article.Slug });
        }

        Article = article;
        return Page();
    }
}

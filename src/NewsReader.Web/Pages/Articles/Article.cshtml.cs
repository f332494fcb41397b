using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Storage;
using NewsReader.Web.Seo;
using NewsReader.Web.Sharing;

namespace NewsReader.Web.Pages.Articles;

/// <summary>One article at its permalink, <c>/articles/{slug}</c>.</summary>
public sealed class ArticleModel(ArticleRepository repository, PageMetaFactory meta) : PageModel
{
    public NewsReader.Articles.Article Article { get; private set; } = null!;

    public PageMeta Meta { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        var snapshot = repository.Current;
        var article = snapshot.FindBySlug(slug);
        if (article is null)
        {
            // A link shared before the headline changed: one permanent hop to where the article is now.
            var moved = snapshot.FindByFormerSlug(slug);
            return moved is null ? NotFound() : RedirectPermanent(PublicUrls.ArticlePath(moved));
        }

        if (!string.Equals(article.Slug, slug, StringComparison.Ordinal))
        {
            // A hand-typed permalink in other letter case: send readers (and crawlers) to the canonical one.
            return RedirectPermanent(PublicUrls.ArticlePath(article));
        }

        Article = article;
        Meta = meta.ForArticle(Request, article);
        return Page();
    }
}

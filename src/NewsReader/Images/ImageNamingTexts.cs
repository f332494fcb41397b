using NewsReader.Articles;

namespace NewsReader.Images;

/// <summary>
/// The texts of articles that can name a picture: the lead image's address, and a page's or
/// Markdown's HTML. Read without keeping them (<see cref="Article"/>'s details stay in the snapshot
/// store until a page asks), so a pass over every article does not leave every one decoded.
/// </summary>
public static class ImageNamingTexts
{
    public static IEnumerable<string> Of(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var article in articles)
        {
            var details = article.PeekDetails();
            if (details.LeadImage is { } lead)
            {
                yield return lead;
            }

            // Plain text names no picture in its body; other formats keep their HTML (or, made in a test, render it).
            if (article.Format != ArticleFormat.PlainText)
            {
                yield return details.BodyHtml ?? ArticleHtml.Render(article.Body, article.Standfirst);
            }
        }
    }
}

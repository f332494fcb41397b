namespace NewsReader.Articles;

/// <summary>The short text that describes an article in link previews, search results and feeds.</summary>
public static class ArticleDescription
{
    /// <summary>Search engines and chat apps show about this much before cutting text off.</summary>
    public const int MaxLength = 200;

    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);

        var text = article.Standfirst
            ?? article.Body.Select(block => block.Text).FirstOrDefault()
            ?? article.Headline;
        return ShortText.Cut(text, MaxLength);
    }
}

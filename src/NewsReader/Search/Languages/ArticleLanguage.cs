using NewsReader.Articles;

namespace NewsReader.Search.Languages;

/// <summary>The language search reads an article in: the one its metadata declares, else the one its text is in.</summary>
public static class ArticleLanguage
{
    public static TextLanguage Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return TextLanguages.FromTag(article.Language) ?? LanguageDetector.Detect(article);
    }
}

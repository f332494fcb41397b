using System.Runtime.CompilerServices;
using NewsReader.Articles;

namespace NewsReader.Search.Languages;

/// <summary>The language search reads an article in: the one its metadata declares, else the one its text is in.</summary>
public static class ArticleLanguage
{
    // Detected languages of the articles a results page has shown, kept while the article lives
    // (weakly: an article a reload drops takes its entry with it), so a multilingual site's
    // snippets do not read every hit's first words again on every search.
    private static readonly ConditionalWeakTable<Article, StrongBox<TextLanguage>> Detected = [];

    public static TextLanguage Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return TextLanguages.FromTag(article.Language) ?? LanguageDetector.Detect(article);
    }

    /// <summary>As <see cref="Of"/>, remembering a detected language for the article's next search result.</summary>
    public static TextLanguage OfResult(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return TextLanguages.FromTag(article.Language)
            ?? Detected.GetValue(article, static a => new StrongBox<TextLanguage>(LanguageDetector.Detect(a))).Value;
    }
}

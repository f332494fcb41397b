namespace NewsReader.Articles;

/// <summary>The kind of file an article came from; every format yields the same model.</summary>
public enum ArticleFormat
{
    PlainText,
    Markdown,
    Html,
}

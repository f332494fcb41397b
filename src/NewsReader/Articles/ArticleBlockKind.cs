namespace NewsReader.Articles;

public enum ArticleBlockKind
{
    Paragraph,
}

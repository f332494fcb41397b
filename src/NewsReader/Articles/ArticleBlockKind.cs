namespace NewsReader.Articles;

public enum ArticleBlockKind
{
    Paragraph,

    /// <summary>A subheading inside the body (Markdown and web pages).</summary>
    Heading,

    /// <summary>A list item, quotation, caption or table cell: text that is not a paragraph of its own.</summary>
    Other,
}

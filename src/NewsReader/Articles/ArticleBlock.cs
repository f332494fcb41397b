namespace NewsReader.Articles;

/// <summary>One block of an article's body: a unit of text the reader sees as a whole.</summary>
public sealed record ArticleBlock(ArticleBlockKind Kind, string Text);

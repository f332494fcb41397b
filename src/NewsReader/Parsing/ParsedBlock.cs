using NewsReader.Articles;

namespace NewsReader.Parsing;

/// <summary>
/// A body block as a parser finds it: a string, which the steps after parsing (word count, topics,
/// the content hash) read. An <see cref="Article"/> keeps its blocks as UTF-8 (<see cref="ArticleBlock"/>).
/// </summary>
public readonly record struct ParsedBlock(ArticleBlockKind Kind, string Text);

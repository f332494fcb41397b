using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Archives;

/// <summary>One month of the archive and its articles, newest first.</summary>
public sealed record MonthArticles(ArchiveMonth Month, ImmutableArray<Article> Articles);

using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Archives;

/// <summary>One person who wrote for the site, by the spelling most of their bylines use, and their articles in the front page's order.</summary>
public sealed record Author(string Name, string Slug, ImmutableArray<Article> Articles);

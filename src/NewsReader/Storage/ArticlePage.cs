using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Storage;

/// <summary>One page of the front page's list; page numbers start at 1.</summary>
public sealed record ArticlePage(ImmutableArray<Article> Items, int Number, int TotalPages, int TotalArticles)
{
    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < TotalPages;
}

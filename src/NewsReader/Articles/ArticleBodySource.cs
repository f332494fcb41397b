using System.Collections.Immutable;

namespace NewsReader.Articles;

/// <summary>
/// Where an article's <see cref="Article.Body"/> blocks are when it does not hold them: an article
/// restored from the snapshot store leaves its list of blocks there. Pages are rendered once per
/// snapshot, so a start decodes no body it does not show, and the heap holds no array of blocks
/// per article (at 100,000 articles, about 35 MB).
/// </summary>
internal abstract class ArticleBodySource
{
    /// <summary>The blocks, decoded anew on each call (nothing is kept).</summary>
    public abstract ImmutableArray<ArticleBlock> Read();
}

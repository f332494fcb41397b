namespace NewsReader.Articles;

/// <summary>Where an article's <see cref="ArticleDetails"/> are when it has not read them yet.</summary>
internal abstract class ArticleDetailsSource
{
    /// <summary>The details, decoded anew on each call.</summary>
    public abstract ArticleDetails Read();
}

using NewsReader.Articles;

namespace NewsReader.Storage;

public enum PermalinkStatus
{
    /// <summary>The address is the article's current permalink.</summary>
    Found,

    /// <summary>The address used to lead to the article (old slug, short link, a duplicate's id): redirect.</summary>
    Moved,

    /// <summary>The article was deleted while the site was running.</summary>
    Gone,

    NotFound,
}

/// <summary>What an address in a snapshot leads to.</summary>
public readonly record struct PermalinkResolution(PermalinkStatus Status, Article? Article)
{
    public static PermalinkResolution NotFound { get; } = new(PermalinkStatus.NotFound, null);

    public static PermalinkResolution Gone { get; } = new(PermalinkStatus.Gone, null);
}

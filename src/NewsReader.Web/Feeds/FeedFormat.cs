namespace NewsReader.Web.Feeds;

/// <summary>The two syndication formats every list of articles is offered in.</summary>
public enum FeedFormat
{
    Atom,
    Rss,
}

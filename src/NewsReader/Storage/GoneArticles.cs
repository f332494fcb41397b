using System.Collections.Frozen;

namespace NewsReader.Storage;

/// <summary>Slugs and ids of articles deleted while the process runs: their URLs answer 410, not 404.</summary>
public sealed record GoneArticles(FrozenSet<string> Slugs, FrozenSet<string> Ids)
{
    public static GoneArticles None { get; } = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty);
}

using System.Collections.Immutable;

namespace NewsReader.Articles;

/// <summary>One published article, immutable once ingestion has built it.</summary>
public sealed record Article
{
    /// <summary>Stable identity: survives headline edits, restarts and moves between machines.</summary>
    public required string Id { get; init; }

    /// <summary>The readable, unique path segment of the permalink, derived from the headline.</summary>
    public required string Slug { get; init; }

    public required string Headline { get; init; }

    /// <summary>The summary shown under the headline in lists; for plain text, the lead paragraph.</summary>
    public string? Standfirst { get; init; }

    /// <summary>A photo caption that came with the text (the image itself is not part of the file).</summary>
    public string? Caption { get; init; }

    /// <summary>Everything below the headline, in file order, the caption excluded.</summary>
    public required ImmutableArray<ArticleBlock> Body { get; init; }

    public required int WordCount { get; init; }

    public required int ReadingMinutes { get; init; }

    /// <summary>When the source says it was published; never guessed from file times.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The file's path relative to the seeds folder, with forward slashes.</summary>
    public required string SourceFile { get; init; }

    /// <summary>True when the file's bytes were not valid UTF-8 and were decoded through a fallback.</summary>
    public bool Repaired { get; init; }
}

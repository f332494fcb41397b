namespace NewsReader.Ingestion;

/// <summary>How far the running load is, read at one moment; the log line, /readyz and the start-up page show it.</summary>
public sealed record LoadProgressReport
{
    public required LoadPhase Phase { get; init; }

    /// <summary>Files the scan listed (0 while scanning).</summary>
    public required int Found { get; init; }

    /// <summary>Of those, the new and changed files this load parses (all of them at the first load).</summary>
    public required int ToParse { get; init; }

    public required int Parsed { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required TimeSpan Elapsed { get; init; }

    /// <summary>Files parsed a second lately; null until enough time has passed to say.</summary>
    public double? PerSecond { get; init; }

    /// <summary>Parsing time left at <see cref="PerSecond"/>; null when it cannot be estimated or parsing is over.</summary>
    public TimeSpan? TimeLeft { get; init; }

    /// <summary>The phase in a few words for people ("parsing files").</summary>
    public string Activity => Phase switch
    {
        LoadPhase.Scanning => "scanning the seeds folder",
        LoadPhase.ReadingStore => "reading the saved snapshot",
        LoadPhase.Parsing => "parsing files",
        _ => "building the index",
    };
}

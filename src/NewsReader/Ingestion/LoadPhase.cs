namespace NewsReader.Ingestion;

/// <summary>What a load is doing now, in the order a load goes through them.</summary>
public enum LoadPhase
{
    /// <summary>Listing the seeds folder; how many files there are is not known yet.</summary>
    Scanning = 1,

    /// <summary>Reading the snapshot a previous run saved, to parse only what changed since.</summary>
    ReadingStore,

    /// <summary>Reading and parsing the new and changed files.</summary>
    Parsing,

    /// <summary>Every file is read: assigning permalinks, building the index and publishing.</summary>
    Publishing,
}

namespace NewsReader.Web.Hosting;

/// <summary>
/// Process-wide runtime settings, bound from the <c>Runtime</c> section. They belong to the host:
/// the core library may share a process with other code and sets none of them.
/// </summary>
public sealed class RuntimeOptions
{
    public const string Section = "Runtime";

    /// <summary>
    /// After each publish, let the next full collection compact the large-object heap: the previous
    /// snapshot's search index is garbage by then, much of it in large arrays, and repeated reloads
    /// would otherwise fragment that heap. Turn off where the app shares its process and the pause
    /// of a compacting collection matters more.
    /// </summary>
    public bool CompactLargeObjectHeapAfterReload { get; set; } = true;

    /// <summary>
    /// Once editors have been quiet for a few seconds after a burst of edits, run one compacting
    /// collection, so the snapshots each edit left behind do not keep the process permanently
    /// larger. Turn off where the app shares its process and a blocking collection matters more.
    /// </summary>
    public bool CollectWhenEditsGoQuiet { get; set; } = true;

    /// <summary>
    /// Once the first load is published and saved, run one compacting collection: the first load
    /// allocates far more than its snapshot keeps (the store's records, file lists, parse buffers,
    /// articles before their topics were settled), and a site that then only serves may not collect
    /// fully for hours, looking half again as large as it is until then. At 100,000 articles a
    /// restart settles at about 300 MB instead of 480 MB, for one pause of about 0.4 s just after
    /// the site became ready (milliseconds for a small site).
    /// </summary>
    public bool CollectAfterFirstLoad { get; set; } = true;
}

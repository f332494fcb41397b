namespace NewsReader.Ingestion;

/// <summary>
/// A seed file's size and time as the scan lists it and a settled read checks it. A symbolic link
/// is read through, so its size and time are those of the file it leads to: the link's own (the
/// length of its target's name) never matched the bytes a read returned, and its time never moved
/// when the target was edited.
/// </summary>
internal readonly record struct SeedFileFacts(long Length, DateTime LastWriteUtc, bool IsLink)
{
    /// <returns>The facts, or null when the file is gone.</returns>
    public static SeedFileFacts? Of(string path)
    {
        var info = new FileInfo(path);
        long length;
        try
        {
            length = info.Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if ((info.Attributes & FileAttributes.ReparsePoint) == 0)
        {
            return new(length, info.LastWriteTimeUtc, false);
        }

        try
        {
            if (File.ResolveLinkTarget(path, returnFinalTarget: true) is FileInfo { Exists: true } target)
            {
                return new(target.Length, target.LastWriteTimeUtc, true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A loop of links: listed all the same, so that reading it says why it is not published.
        }

        // Leads nowhere: listed as itself, so that reading it reports the missing file.
        return new(length, info.LastWriteTimeUtc, true);
    }
}

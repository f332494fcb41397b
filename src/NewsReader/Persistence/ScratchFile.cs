using Microsoft.Win32.SafeHandles;
using NewsReader.Files;

namespace NewsReader.Persistence;

/// <summary>
/// A file a first load keeps what it has built in instead of the heap (<see cref="SpilledPostings"/>,
/// <see cref="SpilledBodies"/>), read back through mappings. It leaves the folder as soon as it is
/// made, so that a process killed mid-load leaves nothing behind: the handle and the mappings
/// still reach it, and its disk space is the system's again once the process exits (mappings are
/// never unmapped, see <see cref="MappedFile"/>). Where a file in use cannot be removed, it goes
/// when the process exits.
/// </summary>
internal sealed class ScratchFile : IDisposable
{
    private ScratchFile(SafeFileHandle handle)
    {
        Handle = handle;
    }

    public SafeFileHandle Handle { get; }

    /// <summary>A new scratch file in <paramref name="folder"/>, named for <paramref name="purpose"/>; or null and why it cannot be made.</summary>
    public static (ScratchFile? File, string? Problem) Create(string folder, string purpose, SeedsFolderBoundary boundary)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        try
        {
            var full = Path.GetFullPath(folder, boundary.Folder);
            var path = Path.Join(full, $".{purpose}.{Guid.NewGuid():N}.scratch");
            if (boundary.RefuseWrite(path) is { } reason)
            {
                return (null, reason);
            }

            Directory.CreateDirectory(full);
            var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, FileOptions.DeleteOnClose);
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Removed on close instead (FileOptions.DeleteOnClose).
            }

            return (new ScratchFile(handle), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, ex.Message);
        }
    }

    public void Dispose() => Handle.Dispose();
}

using System.Runtime.InteropServices;

namespace NewsReader.Persistence;

/// <summary>
/// Gives a mapped file's pages back to the page cache: they stop counting in the process's resident
/// memory, and a later read maps them again from the cache (a minor fault, no disk read). Linux
/// only (<c>madvise(MADV_DONTNEED)</c>, which for a read-only shared mapping drops nothing but the
/// process's own page table entries); elsewhere a no-op.
/// </summary>
internal static unsafe partial class ResidentPages
{
    // MADV_DONTNEED in Linux's <sys/mman.h>.
    private const int DontNeed = 4;

    // Set once the C library could not be called: a save must never fail for want of it.
    private static volatile bool _unavailable;

    /// <param name="start">The start of a mapping, page-aligned as mmap returns it.</param>
    /// <param name="length">The mapping's length.</param>
    /// <returns>False when the system refused, or has no such call; the pages then simply stay.</returns>
    public static bool Release(byte* start, ulong length)
    {
        if (!OperatingSystem.IsLinux() || length == 0 || _unavailable)
        {
            return false;
        }

        try
        {
            return Advise(start, (nuint)length, DontNeed) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Advise(byte* address, nuint length, int advice);
}

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

    /// <param name="start">The start of a mapping, page-aligned as mmap returns it.</param>
    /// <param name="length">The mapping's length.</param>
    /// <returns>False when the system refused (or is not Linux); the pages then simply stay.</returns>
    public static bool Release(byte* start, ulong length) =>
        OperatingSystem.IsLinux() && length > 0 && Advise(start, (nuint)length, DontNeed) == 0;

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Advise(byte* address, nuint length, int advice);
}

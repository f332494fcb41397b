using System.Globalization;

namespace NewsReader.Benchmarks;

/// <summary>This process's memory as the system counts it (Linux's /proc/self/status).</summary>
internal static class Memory
{
    public static long ResidentMegabytes() => StatusMegabytes("VmRSS:");

    /// <summary>The process's peak resident set (VmHWM), which is what the machine had to give it.</summary>
    public static long PeakMegabytes() => StatusMegabytes("VmHWM:");

    /// <param name="field">A field of /proc/self/status in kB, with its colon: "RssAnon:".</param>
    public static long StatusMegabytes(string field)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}

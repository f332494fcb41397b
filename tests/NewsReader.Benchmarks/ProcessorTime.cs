using System.Diagnostics;
using System.Globalization;

namespace NewsReader.Benchmarks;

/// <summary>
/// Where a start's processor time went, by the runtime's own threads (Linux's /proc/self/task):
/// on 2 cores an unchanged restart keeps both busy most of the time, so it is shortened only by
/// less work, and this says whose. The thread pool's share holds the load itself and the JIT's
/// first compilations; the tiered compiler recompiles hot code in the background; the background
/// collector marks the heap while the load runs (its pauses are <c>gc_pause_ms</c>).
/// </summary>
internal static class ProcessorTime
{
    /// <summary>"cpu_ms=… (pool=… main=… tiering=… bgc=…)", or the total alone where /proc is not there.</summary>
    public static string Summary()
    {
        var total = (long)Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        var byThread = ByThreadName();
        return byThread.Count == 0
            ? $"cpu_ms={total}"
            : $"cpu_ms={total} (pool={byThread.GetValueOrDefault(".NET TP Worker")} main={byThread.GetValueOrDefault(Main)} "
              + $"tiering={byThread.GetValueOrDefault(".NET Tiered Com")} bgc={byThread.GetValueOrDefault(".NET BGC")})";
    }

    private const string Main = "(main)";

    /// <summary>Milliseconds of user and system time by thread name (names are cut to 15 characters by Linux); the process's first thread as "(main)".</summary>
    private static Dictionary<string, long> ByThreadName()
    {
        var byName = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!Directory.Exists("/proc/self/task"))
        {
            return byName;
        }

        var millisecondsPerTick = 1000 / 100; // USER_HZ, 100 on Linux
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var name = Path.GetFileName(task) == Environment.ProcessId.ToString(CultureInfo.InvariantCulture) ? Main : File.ReadAllText(Path.Join(task, "comm")).TrimEnd('\n');
                var stat = File.ReadAllText(Path.Join(task, "stat"));
                // Fields after the name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                byName[name] = byName.GetValueOrDefault(name) + (ticks * millisecondsPerTick);
            }
            catch (IOException)
            {
                // The thread ended while it was read.
            }
        }

        return byName;
    }
}

using System.Text.Json;
using NewsReader.Ingestion;

namespace NewsReader.Web.Operations;

/// <summary>How far the running load is, as /readyz reports it (the figures the log line and the start-up page show).</summary>
public sealed record ReadinessProgress(
    string Phase,
    int Found,
    int ToParse,
    int Parsed,
    double? PerSecond,
    long? SecondsLeft,
    DateTimeOffset StartedAt,
    long ElapsedMilliseconds)
{
    public static ReadinessProgress From(LoadProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReadinessProgress(
            JsonNamingPolicy.CamelCase.ConvertName(report.Phase.ToString()),
            report.Found,
            report.ToParse,
            report.Parsed,
            report.PerSecond is { } rate ? Math.Round(rate, 1) : null,
            report.TimeLeft is { } left ? (long)Math.Ceiling(left.TotalSeconds) : null,
            report.StartedAt,
            (long)report.Elapsed.TotalMilliseconds);
    }
}

using NewsReader.Ingestion;
using NewsReader.Storage;

using NewsReader.Web.Hosting;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Operations;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/healthz</c>: the process is alive. <c>/readyz</c>: the first load is published (503 until
    /// then, with the reason when an attempt failed), with its figures, and while a load runs, how far it is.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapRead(SitePaths.Healthz, () => Results.Json(new AliveReport("alive"), HealthJsonContext.Default.AliveReport));
        endpoints.MapRead(SitePaths.Readyz, (ArticleRepository repository, LoadProgress progress, HttpResponse response) =>
        {
            if (!repository.IsLoaded)
            {
                // The same hint the start-up gate gives pages: the load is under way, ask again soon.
                response.Headers.RetryAfter = StartupGate.RetryAfterSeconds;
            }

            var snapshot = repository.Current;
            var failure = repository.IsLoaded ? null : repository.LoadFailure;
            var body = new ReadinessReport(
                repository.IsLoaded ? "ready" : failure is null ? "loading" : "failed",
                snapshot.Articles.Length,
                snapshot.Rejected.Length,
                snapshot.RepairedCount,
                snapshot.Duplicates.Length,
                snapshot.Context.Stale.Length,
                snapshot.Context.LoadedAt,
                repository.IsLoaded ? (long)snapshot.Context.LoadDuration.TotalMilliseconds : null,
                repository.IsLoaded ? snapshot.Context.ParsedFiles : null,
                repository.IsLoaded ? snapshot.SearchIndexRestored : null,
                repository.IsLoaded ? snapshot.SearchIndex.ReusedArticles : null,
                failure,
                progress.Read() is { } running ? ReadinessProgress.From(running) : null);
            return Results.Json(body, HealthJsonContext.Default.ReadinessReport, statusCode: repository.IsLoaded ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    public sealed record AliveReport(string Status);

    public sealed record ReadinessReport(
        string Status,
        int Articles,
        int Rejected,
        int Repaired,
        int Duplicates,
        int Stale,
        DateTimeOffset? LastReload,
        long? LastReloadMilliseconds,
        int? LastReloadParsedFiles,
        bool? SearchIndexMapped,
        int? SearchIndexReusedArticles,
        string? Reason,
        ReadinessProgress? Progress);
}

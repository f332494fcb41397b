using NewsReader.Ingestion;

namespace NewsReader.Web.Hosting;

public static class EarlyFirstLoad
{
    /// <summary>
    /// Begins the first load of the seeds folder as soon as the app's services are built, instead of
    /// when the hosted services start a quarter of a second later (see
    /// <see cref="ReloadLoop.BeginFirstLoad"/>). Only when <see cref="SeedIngestionService"/> is there
    /// to take the load over: without it nothing loads, early or late.
    /// </summary>
    public static WebApplication BeginLoadingSeeds(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetServices<IHostedService>().OfType<SeedIngestionService>().Any())
        {
            app.Services.GetRequiredService<ReloadLoop>().BeginFirstLoad(app.Lifetime.ApplicationStopping);
        }

        return app;
    }
}

using NewsReader.Web.Hosting;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.AddNewsReader();

var app = builder.Build();

// Requests: one log line each, outside the error handling so a re-executed error page is not logged twice.
app.UseSerilogRequestLogging();

// Errors: a friendly page for every status, details only in the log, in every environment.
app.UseExceptionHandler("/errors/500");
app.UseStatusCodePagesWithReExecute("/errors/{0}");

// Content: fingerprinted static assets, then pages.
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

// Bad configuration stops the start here with one line that says what to fix,
// before the host would log it as a stack trace.
if (!app.Services.TryValidateNewsReaderOptions(out var configurationError))
{
    StartupLog.CannotStart(app.Logger, configurationError);
    return 1;
}

await app.RunAsync();
return 0;

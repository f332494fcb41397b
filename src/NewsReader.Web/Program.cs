using Microsoft.Extensions.Options;
using NewsReader.Web.Hosting;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.AddNewsReader();

var app = builder.Build();

// Errors: a friendly page for every status, details only in the log, in every environment.
app.UseExceptionHandler("/errors/500");
app.UseStatusCodePagesWithReExecute("/errors/{0}");

// Requests: one log line each, then static assets and pages.
app.UseSerilogRequestLogging();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

try
{
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException ex)
{
    // Bad configuration: say what to fix and stop, without a stack trace in the operator's face.
    var reason = string.Join(" ", ex.Failures);
    StartupLog.CannotStart(app.Logger, reason);
    return 1;
}

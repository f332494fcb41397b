using Microsoft.Net.Http.Headers;
using Serilog.Events;

namespace NewsReader.Web.Hosting;

/// <summary>How loudly each finished request is logged.</summary>
public static class RequestLogLevels
{
    /// <summary>A request slower than this is worth an operator's attention.</summary>
    public static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Errors and server failures at Error, slow requests at Warning, everything else at Debug: set
    /// <c>Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware</c> to Debug to see every request.
    /// A 503 that says when to retry is the start-up turning requests away while the first load runs,
    /// as designed (the load logs its own progress), so it is not an error line per health-check poll.
    /// </summary>
    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        var starting = response.StatusCode == StatusCodes.Status503ServiceUnavailable && response.Headers.ContainsKey(HeaderNames.RetryAfter);
        return exception is not null || (response.StatusCode >= StatusCodes.Status500InternalServerError && !starting) ? LogEventLevel.Error
            : elapsedMilliseconds > Slow.TotalMilliseconds ? LogEventLevel.Warning
            : LogEventLevel.Debug;
    }
}

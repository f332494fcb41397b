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
    /// </summary>
    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        return exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
            : elapsedMilliseconds > Slow.TotalMilliseconds ? LogEventLevel.Warning
            : LogEventLevel.Debug;
    }
}

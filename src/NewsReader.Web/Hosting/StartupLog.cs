namespace NewsReader.Web.Hosting;

internal static partial class StartupLog
{
    [LoggerMessage(Level = LogLevel.Critical, Message = "NewsReader cannot start: {Reason}")]
    public static partial void CannotStart(ILogger logger, string reason);
}

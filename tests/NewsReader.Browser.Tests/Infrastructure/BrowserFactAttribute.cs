namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>A test that needs Chromium: skipped when it is missing, unless the run requires it.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = Chromium.SkipReason;
    }
}

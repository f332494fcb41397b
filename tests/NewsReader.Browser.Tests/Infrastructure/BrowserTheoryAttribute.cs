namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>A data-driven test that needs Chromium: skipped when it is missing, unless the run requires it.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = Chromium.SkipReason;
    }
}

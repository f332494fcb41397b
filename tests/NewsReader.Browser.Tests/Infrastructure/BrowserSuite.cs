namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>
/// Every browser test shares one running site and one Chromium: starting them takes seconds,
/// and the tests only read. Isolation comes from a fresh browser context per test (its own
/// cookies, storage, service workers and permissions). The tests in a collection run one at a
/// time, which also keeps a two-core machine from timing out under parallel browsers.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Browser.Tests.Infrastructure;
using NewsReader.Tests.Shared;

namespace NewsReader.Browser.Tests.Hosting;

/// <summary>
/// A reader who arrives while the first load runs sees how far it is (on a page axe finds nothing
/// wrong with), and then the site, without reloading: the start-up page's script asks again (a
/// timed meta refresh would reload under them, which axe reports).
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class StartupPageTests(BrowserFixture browser) : IDisposable
{
    private const string HeldFile = "zz-held.txt";

    private readonly string _folder = Seeds();
    private readonly HeldParse _parse = new(HeldFile);

    public void Dispose()
    {
        _parse.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [BrowserFact]
    public async Task StartupPage_WhileTheFirstLoadRuns_ShowsHowFarThenBecomesTheSite()
    {
        await using var site = new TestSite(_folder).WithWebHostBuilder(builder => builder.ConfigureTestServices(_parse.ReplaceLoader));
        site.UseKestrel(0);
        site.StartServer();
        var address = site.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        await _parse.Held.WaitAsync(TimeSpan.FromSeconds(30));
        await using var tab = await browser.OpenAsync(this);

        var response = await tab.Page.GotoAsync(address);

        Assert.Equal(503, response?.Status);
        Assert.Equal("NewsReader is starting", await tab.Page.Locator("h1").TextContentAsync());
        Assert.Contains("of 4 files parsed", await tab.Page.Locator("#status").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await tab.Page.Locator("meta[http-equiv=refresh]").CountAsync());
        var axe = await tab.Page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        Assert.Empty(axe.Violations.Select(violation => violation.Id));

        _parse.Release();
        await tab.Page.WaitForFunctionAsync("() => document.querySelector('h1.page-title') !== null", null, new() { Timeout = 20_000 });
        Assert.Equal(4, await tab.Page.Locator("main article").CountAsync());
    }

    private static string Seeds()
    {
        var folder = Directory.CreateTempSubdirectory("newsreader-startup-").FullName;
        File.WriteAllText(Path.Combine(folder, "harbour.txt"), "Harbour crane returns to work\n\nThe crane was repaired over the winter.");
        File.WriteAllText(Path.Combine(folder, "ferry.txt"), "Ferry adds a Sunday crossing\n\nThe timetable changes in March.");
        File.WriteAllText(Path.Combine(folder, "market.txt"), "Winter market draws crowds\n\nStalls stayed open late.");
        File.WriteAllText(Path.Combine(folder, HeldFile), "Library extends its hours\n\nIt opens on Mondays now.");
        return folder;
    }
}

using System.Net;
using System.Text.Json;
using NewsReader.Web.Tests.Infrastructure;
using Serilog.Events;

namespace NewsReader.Web.Tests.Hostile;

/// <summary>
/// What every hostile-files test asserts: the app started, is ready, serves the good seed at its
/// permalink, and lists each bad file on /status with its reason, logged once.
/// </summary>
internal static class HostileSite
{
    public const string SeedPermalink = "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip";

    public static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    public static string Page(string body) => $"<!doctype html><html><head><title>Hostile page</title></head><body>{body}</body></html>";

    public static string WithFrontMatter(string yaml) => $"---\ntitle: Hostile front matter\n{yaml}\n---\nThe body is fine.\n";

    public static async Task AssertGoodServedAndBadListedAsync(NewsReaderFactory factory, IReadOnlyDictionary<string, string> reasons)
    {
        var client = factory.CreateClient();

        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var article = await client.GetAsync(new Uri(SeedPermalink, UriKind.Relative));
        var status = await Html.ParseAsync(await client.GetAsync(new Uri("/status", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        var listed = status.QuerySelectorAll("table.file-table tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToArray())
            .Where(cells => cells.Length == 2)
            .ToDictionary(cells => cells[0], cells => cells[1], StringComparer.Ordinal);
        foreach (var (file, reason) in reasons)
        {
            Assert.True(listed.TryGetValue(file, out var shown), $"{file} is not listed on /status");
            Assert.Matches(reason, shown);
            Assert.Single(factory.Logs.Events, e => e.Level == LogEventLevel.Warning
                && e.MessageTemplate.Text.StartsWith("Rejected seed file", StringComparison.Ordinal)
                && e.Properties["SeedFile"].ToString() == $"\"{file}\"");
        }
    }
}

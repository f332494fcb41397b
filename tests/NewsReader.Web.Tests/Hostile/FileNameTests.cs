using System.Net;
using NewsReader.Web.Tests.Infrastructure;
using Serilog.Events;

namespace NewsReader.Web.Tests.Hostile;

/// <summary>
/// File names are chosen by whoever drops files into the seeds folder. Two different names must
/// be two articles, and no name may forge or recolour a log line or the status page.
/// </summary>
public sealed class FileNameTests : IDisposable
{
    private const string Forged = "bad\nRejected seed file forged.txt: all clear\u001b[31m.docx";
    private const string Escaped = "bad\\nRejected seed file forged.txt: all clear\\u001b[31m.docx";

    private readonly SeedsFolder _seeds = new SeedsFolder()
        .With("a\\b.txt", "Backslash story\n\nIn the top folder, its name holds a backslash.")
        .With("a/b.txt", "Nested story\n\nIn folder a.")
        .With("evil\n\u001b[31mred.txt", "Colourful name story\n\nThe name holds a newline and an escape.")
        .With(Forged, "Not an article type");

    private readonly NewsReaderFactory _factory;
    private readonly HttpClient _client;

    public FileNameTests()
    {
        _factory = new NewsReaderFactory(_seeds);
        _client = _factory.CreateNonRedirectingClient();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<HttpStatusCode> StatusOfAsync(string path) => (await _client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode;

    [Fact]
    public async Task BackslashAndSlashNames_TwoArticles()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync("/articles/backslash-story"));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync("/articles/nested-story"));
        var front = await Html.ParseAsync(await _client.GetAsync(new Uri("/", UriKind.Relative)));
        Assert.Contains("Backslash story", front.Texts(".article-list h2"));
        Assert.Contains("Nested story", front.Texts(".article-list h2"));
    }

    [Fact]
    public async Task ControlCharactersInName_ArticleStillLoads()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync("/articles/colourful-name-story"));
    }

    [Fact]
    public async Task ControlCharactersInName_LogLineEscaped()
    {
        var rejected = await _factory.Logs.WaitForAsync(e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.StartsWith("Rejected seed file", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        Assert.NotNull(rejected);
        var line = rejected.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain(line, char.IsControl);
        Assert.Contains(Escaped, line, StringComparison.Ordinal);
        Assert.All(_factory.Logs.Events, e => Assert.DoesNotContain(e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), c => c is '\n' or '\u001b'));
    }

    [Fact]
    public async Task ControlCharactersInName_StatusPageShowsItEscaped()
    {
        var status = await Html.ParseAsync(await _client.GetAsync(new Uri("/status", UriKind.Relative)));

        var names = status.QuerySelectorAll("td code").Select(code => code.TextContent).ToList();
        Assert.Contains(Escaped, names);
        Assert.DoesNotContain(names, name => name.Any(char.IsControl));
    }
}

namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>
/// A second running site whose seeds are five saved pages of different sites (English, French,
/// German in windows-1252, Japanese, Arabic) and a Markdown article with front matter: the formats
/// whose header (standfirst, byline, dates, source) comes from the page's metadata.
/// </summary>
public sealed class SavedPagesSite : IAsyncLifetime
{
    public const string MarkdownPath = "/articles/harbour-lights-return-for-the-winter-festival";

    private const string Markdown = """
        ---
        title: Harbour lights return for the winter festival
        author: Jane Doe and John Roe
        date: 2024-12-01T18:30:00+01:00
        updated: 2024-12-02T09:00:00+01:00
        description: Strings of lamps along the quay are switched on again after a two-year pause.
        site: The Harbour Times
        source: https://harbour.example/news/lights
        ---
        # Harbour lights return for the winter festival

        The strings of lamps along the old quay were switched on again on Sunday evening, two years after the council turned them off to save money.

        About three thousand people came to watch, according to the organisers, who plan a lantern parade on the last weekend of the month.
        """;

    private string? _folder;
    private TestSite? _site;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            return;
        }

        _folder = Directory.CreateTempSubdirectory("newsreader-saved-pages-").FullName;
        foreach (var page in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "SavedPages")))
        {
            File.Copy(page, Path.Combine(_folder, Path.GetFileName(page)));
        }

        await File.WriteAllTextAsync(Path.Combine(_folder, "harbour-lights.md"), Markdown);
        _site = new TestSite(_folder);
        BaseAddress = await _site.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

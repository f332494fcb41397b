using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Operations;

/// <summary>A Markdown article naming a picture that is not in the seeds folder: the page leaves it out, /status names it.</summary>
public sealed class MissingImagesStatusTests : IDisposable
{
    private const string Markdown = """
        ---
        title: Harbour figures for the year
        image: images/lead-missing.jpg
        ---

        The ferry carried more passengers than in any year before.

        ![Passengers by month](images/chart-missing.png)

        The operator expects the same again next year.
        """;

    private readonly SeedsFolder _seeds = new SeedsFolder().With("posts/harbour-figures.md", Markdown);

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public async Task Status_MarkdownNamesMissingImages_ListsFileAndEachReference()
    {
        using var factory = new NewsReaderFactory(_seeds);

        var page = await Html.ParseAsync(await factory.CreateClient().GetAsync(new Uri("/status", UriKind.Relative)));

        var rows = page.QuerySelectorAll("table.missing-images tbody tr")
            .Select(row => string.Join(" | ", row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim())))
            .ToList();
        Assert.Equal(["posts/harbour-figures.md | images/lead-missing.jpg", "posts/harbour-figures.md | images/chart-missing.png"], rows);
    }
}

using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Hosting;

public sealed class SeedIngestionTests
{
    [Fact]
    public async Task Start_BrokenFilesNextToGoodOnes_ServesEveryGoodArticle()
    {
        using var seeds = new SeedsFolder()
            .WithSeed()
            .With("good.txt", "A good story\n\nIts lead paragraph is here.\n\nAnd more.")
            .With("empty.txt", [])
            .With("spaces.txt", "  \n \r\n")
            .With("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
            .With("oversize.txt", "Too big\n\n" + new string('a', 5000))
            .With("latin1.txt", [.. "Pound story\n\nIt cost "u8, 0xA3, .. "5 today."u8]);
        using var factory = new NewsReaderFactory(seeds, new Dictionary<string, string?> { ["Seeds:MaxFileBytes"] = "4096" });
        var client = factory.CreateClient();

        var front = await Html.ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));

        Assert.Equal(
            ["Trump Open to Meeting Kim Jong Un During Asia Trip", "A good story", "Pound story"],
            front.Texts(".article-list h2"));
        var rejected = factory.Logs.Events
            .Where(e => e.MessageTemplate.Text.StartsWith("Rejected seed file", StringComparison.Ordinal))
            .Select(e => e.Properties["SeedFile"].ToString().Trim('"'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["empty.txt", "image.txt", "oversize.txt", "spaces.txt"], rejected);
        var latin1 = await Html.ParseAsync(await client.GetAsync(new Uri("/articles/pound-story", UriKind.Relative)));
        Assert.Equal("It cost £5 today.", latin1.QuerySelector(".article-body p")?.TextContent);
    }

    [Fact]
    public async Task Start_NestedFoldersWithSameFileNames_ListsAll()
    {
        using var seeds = new SeedsFolder()
            .With("business/001.txt", "Markets rally\n\nShares rose.\n\nMore.")
            .With("politics/001.txt", "Vote called\n\nAn election was called.\n\nMore.");
        using var factory = new NewsReaderFactory(seeds);

        var response = await factory.CreateClient().GetAsync(new Uri("/articles/vote-called", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

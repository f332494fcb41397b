using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Images;
using NewsReader.Persistence;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Persistence;

/// <summary>A restored article's details (headline, caption, HTML, byline…) stay in the store until one is read.</summary>
public sealed class StoredArticleDetailsTests
{
    [Fact]
    public async Task Read_Article_LeavesItsDetailsInTheStoreUntilOneIsAsked()
    {
        using var folder = new TempFolder();
        var article = StoredArticles.Full();

        var restored = (await StoreRoundTrip.Of(folder, article)).Single();

        Assert.IsType<StoredArticleDetails>(restored.StoredDetails);
        Assert.Equal(Details(article), Details(restored));
        // Read once, then kept: the store is not asked again.
        Assert.Null(restored.StoredDetails);
        Assert.Equal(Details(article), Details(restored));
    }

    [Fact]
    public async Task With_OneDetail_KeepsTheOthersFromTheStore()
    {
        using var folder = new TempFolder();
        var restored = (await StoreRoundTrip.Of(folder, StoredArticles.Full())).Single();

        var retitled = restored with { Headline = "Another headline" };
        var retopiced = restored with { Topics = ["Ports"] };

        Assert.Equal("Another headline", retitled.Headline);
        Assert.Equal(Details(StoredArticles.Full())[1..], Details(retitled)[1..]);
        Assert.Equal(StoredArticles.Full().Headline, restored.Headline);
        Assert.Equal(Details(StoredArticles.Full()), Details(retopiced));
    }

    [Fact]
    public async Task Write_UnreadDetails_CopiesTheBytesAWriteOfTheReadOnesWouldGive()
    {
        using var folder = new TempFolder();
        var first = (await StoreRoundTrip.Of(folder, StoredArticles.Full())).Single();
        var unread = (await StoreRoundTrip.Of(folder, first)).Single();
        var read = (await StoreRoundTrip.Of(folder, StoredArticles.Full())).Single();
        _ = read.Headline;

        var copied = (await StoreRoundTrip.Of(folder, unread)).Single();
        var copiedBytes = ((StoredArticleDetails)copied.StoredDetails!).Bytes.ToArray();
        var written = (await StoreRoundTrip.Of(folder, read)).Single();

        Assert.Equal(((StoredArticleDetails)written.StoredDetails!).Bytes.ToArray(), copiedBytes);
        Assert.Equal(Details(StoredArticles.Full()), Details(written));
    }

    [Fact]
    public async Task ImageNamingTexts_OfRestoredArticles_ReadTheDetailsWithoutKeepingThem()
    {
        using var folder = new TempFolder();
        var article = StoredArticles.Full();
        var restored = (await StoreRoundTrip.Of(folder, article)).Single();

        var texts = ImageNamingTexts.Of([restored]).ToList();

        Assert.Equal([article.LeadImage!, article.BodyHtml], texts);
        Assert.IsType<StoredArticleDetails>(restored.StoredDetails);
    }

    [Fact]
    public async Task Read_ByManyThreadsAtOnce_EveryOneSeesTheDetails()
    {
        using var folder = new TempFolder();
        var articles = await StoreRoundTrip.Of(folder, [.. Enumerable.Range(0, 200).Select(i => StoredArticles.Full($"world/{i}.md"))]);
        var expected = Details(StoredArticles.Full());

        var seen = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => articles.Select(Details).ToArray())));

        Assert.All(seen.SelectMany(all => all), details => Assert.Equal(expected, details));
    }

    private static object?[] Details(Article a) =>
    [
        a.Headline, a.Caption, a.KeptBodyHtml, a.Byline, a.Dateline, a.LeadImage, string.Join('|', a.MissingImages), a.LeadImageAlt,
        a.LeadImageCaption, a.LeadImageCredit, a.LeadImageWidth, a.LeadImageHeight, a.SiteName, a.OriginalUrl,
    ];
}

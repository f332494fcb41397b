using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

/// <summary>Hand-written saved pages (made-up content) with the metadata faults real pages have, parsed end to end.</summary>
public sealed class SavedPageMetadataTests
{
    [Theory]
    [InlineData("section-og-title.html", "Pollen counts peak early this spring", "Steven Musil", "en", "Health Example")]
    [InlineData("french-marked-english.html", "La piscine du quartier rouvrira au printemps", "Nicolas Perriault", "fr", "Le Courrier Exemple")]
    [InlineData("list-article-jsonld.html", "List of lighthouses in Wales", null, "en", "Encyclopedia Example")]
    [InlineData("arabic-article.html", "المجلس البلدي يوافق على تجديد المسبح", null, "ar", "صحيفة المثال")]
    public void Parse_SavedPage_MetadataReconciled(string file, string headline, string? byline, string language, string siteName)
    {
        var article = Parse(file);

        Assert.Equal(headline, article.Headline);
        Assert.Equal(byline, article.Byline);
        Assert.Equal(language, article.Language);
        Assert.Equal(siteName, article.SiteName);
    }

    [Fact]
    public void Parse_UpdatedBeforePublished_UpdateDropped()
    {
        var article = Parse("list-article-jsonld.html");

        Assert.Equal(new DateTimeOffset(2021, 3, 5, 10, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Null(article.Updated);
    }

    [Theory]
    [InlineData("arabic-article.html", true)]
    [InlineData("french-marked-english.html", false)]
    public void Parse_SavedPage_DirectionFollowsLanguage(string file, bool rightToLeft) =>
        Assert.Equal(rightToLeft ? "rtl" : "ltr", Parse(file).TextDirection);

    private static NewsReader.Articles.Article Parse(string file)
    {
        var result = ArticleFileParser.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Metadata", file)), file);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }
}

using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

public sealed class LeadImageChoiceTests
{
    private const string Figure =
        "<figure><img src=\"/media/page_files/harbour-crane-2024.jpg\" alt=\"A crane over the harbour\" width=\"1200\" height=\"800\">"
        + "<figcaption>The new crane arrives. <span class=\"credit\">Photo: Ann Lee</span></figcaption></figure>";

    private static readonly string[] NoIcons = [];

    [Theory]
    [InlineData("https://news.example/static/brand.png", true)]
    [InlineData("https://news.example/img/site-logo-1200.png", true)]
    [InlineData("https://news.example/img/default-og.jpg", true)]
    [InlineData("https://news.example/assets/placeholder.jpg", true)]
    [InlineData("https://news.example/logos/news.png", true)]
    [InlineData("https://news.example/sites/default/files/2024/harbour.jpg", false)]
    [InlineData("https://news.example/photos/harbour-crane-2024.jpg", false)]
    [InlineData("https://news.example/photos/blanket-of-fog.jpg", false)]
    [InlineData("https://news.example/photos/catalogue-launch.jpg", false)]
    public void IsStandIn_Url_SiteDefaultsOnly(string url, bool expected)
    {
        Assert.Equal(expected, LeadImageChoice.IsStandIn(url, ["https://news.example/static/brand.png"]));
    }

    [Theory]
    [InlineData("https://news.example/a/harbour-crane-2024.jpg?w=1200", "https://NEWS.example/a/harbour-crane-2024.jpg#x", true)]
    [InlineData("https://news.example/photos/harbour-crane-2024.jpg", "/media/page_files/harbour-crane-2024.jpg", true)]
    [InlineData("https://cdn.example/news/1024/harbour-crane-2024.jpg", "https://cdn.example/news/640/harbour-crane-2024.webp", true)]
    [InlineData("https://cdn.example/id-1/1200.jpg", "https://cdn.example/id-2/1200.jpg", false)]
    [InlineData("https://cdn.example/a/image.jpg", "https://cdn.example/b/image.jpg", false)]
    [InlineData("https://news.example/a/harbour.jpg", "https://news.example/a/crane.jpg", false)]
    public void Same_TwoAddresses_SamePictureWhenPathOrDistinctiveNameAgree(string first, string second, bool expected)
    {
        Assert.Equal(expected, LeadImageChoice.Same(first, second));
    }

    [Fact]
    public void ForPage_DeclaredImageIsBodysFirstFigure_LeadTakesItsWordsAndBodyLosesIt()
    {
        var body = $"<p>First paragraph.</p>{Figure}<p>Second paragraph.</p>";

        var (lead, rest) = LeadImageChoice.ForPage([new LeadFigure { Url = "https://news.example/photos/harbour-crane-2024.jpg" }], NoIcons, body);

        Assert.Equal(
            new LeadFigure { Url = "/media/page_files/harbour-crane-2024.jpg", Alt = "A crane over the harbour", Caption = "The new crane arrives.", Credit = "Photo: Ann Lee", Width = 1200, Height = 800 },
            lead);
        Assert.Equal("<p>First paragraph.</p><p>Second paragraph.</p>", rest);
    }

    [Fact]
    public void ForPage_DeclaredImageElsewhere_BodyUntouched()
    {
        var body = $"<p>First paragraph.</p>{Figure}";

        var (lead, rest) = LeadImageChoice.ForPage([new LeadFigure { Url = "https://news.example/photos/mayor-portrait.jpg" }], NoIcons, body);

        Assert.Equal("https://news.example/photos/mayor-portrait.jpg", lead?.Url);
        Assert.Same(body, rest);
    }

    [Fact]
    public void ForPage_LogoThenJsonLdImage_JsonLdImageLeads()
    {
        var (lead, _) = LeadImageChoice.ForPage(
            [new LeadFigure { Url = "https://news.example/static/brand.png" }, new LeadFigure { Url = "https://news.example/photos/mayor-portrait.jpg" }],
            ["https://news.example/static/brand.png"],
            "<p>Text.</p>");

        Assert.Equal("https://news.example/photos/mayor-portrait.jpg", lead?.Url);
    }

    [Fact]
    public void ForPage_DeclaredImageTooSmall_BodysFirstFigureLeads()
    {
        var (lead, rest) = LeadImageChoice.ForPage([new LeadFigure { Url = "https://news.example/photos/thumb-mayor.jpg", Width = 150, Height = 150 }], NoIcons, Figure + "<p>Text.</p>");

        Assert.Equal("/media/page_files/harbour-crane-2024.jpg", lead?.Url);
        Assert.Equal("<p>Text.</p>", rest);
    }

    [Fact]
    public void ForPage_FirstFigureAfterThreeParagraphs_NoLead()
    {
        var body = $"<p>One.</p><p>Two.</p><p>Three.</p>{Figure}";

        var (lead, rest) = LeadImageChoice.ForPage([], NoIcons, body);

        Assert.Null(lead);
        Assert.Same(body, rest);
    }

    [Fact]
    public void ForPage_TrackingPixelThenPhotoInALink_PhotoLeadsAndItsLinkGoes()
    {
        var body = "<p><img src=\"/media/p/pixel.gif\" width=\"1\" height=\"1\">Text.</p><p><a href=\"/media/p/big.jpg\"><img src=\"/media/p/harbour-view.jpg\" alt=\"Harbour\"></a></p><p>More.</p>";

        var (lead, rest) = LeadImageChoice.ForPage([], NoIcons, body);

        Assert.Equal("/media/p/harbour-view.jpg", lead?.Url);
        Assert.Equal("<p><img src=\"/media/p/pixel.gif\" width=\"1\" height=\"1\">Text.</p><p>More.</p>", rest);
    }

    [Fact]
    public void ForDeclared_FrontMatterImageRepeatedInBody_ShownOnceWithItsAlt()
    {
        var (lead, rest) = LeadImageChoice.ForDeclared("/media/blog/chart.png", "<p>Intro.</p><p><img src=\"/media/blog/chart.png\" alt=\"Chart\"></p>");

        Assert.Equal(new LeadFigure { Url = "/media/blog/chart.png", Alt = "Chart" }, lead);
        Assert.Equal("<p>Intro.</p>", rest);
    }
}

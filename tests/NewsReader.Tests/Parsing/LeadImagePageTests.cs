using System.Text;
using NewsReader.Articles;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

/// <summary>The lead image of whole saved pages and Markdown files, parsed end to end.</summary>
public sealed class LeadImagePageTests
{
    private const string Paragraphs =
        "<p>The harbour authority took delivery of its largest crane yet on Tuesday, after a voyage of six weeks from the yard that built it.</p>"
        + "<p>Dock workers said the crane would let two ships unload at once, halving the time a container ship spends at the quay each week.</p>"
        + "<p>The authority expects the first ships to use it next month, once its drivers have finished training on the new controls.</p>";

    private static Article Page(string head, string body) => ArticleFileParser.Parse(
        Encoding.UTF8.GetBytes($"<!doctype html><html lang=\"en\"><head><title>Harbour gets a new crane</title>{head}</head><body><article><h1>Harbour gets a new crane</h1>{body}</article></body></html>"),
        "news/crane.html").Value!;

    // Whether the body's own copy of the lead photo goes is LeadImageChoiceTests' part: pictures of
    // saved pages reach the body through the body-image extraction, tested with it.
    [Fact]
    public void Parse_OgImageIsTheSitesIcon_JsonLdImageLeads()
    {
        var article = Page(
            "<link rel=\"apple-touch-icon\" href=\"/static/brand.png\"><link rel=\"canonical\" href=\"https://news.example/crane\">"
            + "<meta property=\"og:image\" content=\"https://news.example/static/brand.png\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour gets a new crane\",\"image\":[{\"@type\":\"ImageObject\",\"url\":\"https://news.example/photos/harbour-crane-2024.jpg\"}]}</script>",
            Paragraphs);

        Assert.Equal("https://news.example/photos/harbour-crane-2024.jpg", article.LeadImage);
    }

    [Fact]
    public void Parse_OgImageDeclaredThumbnailSized_TwitterImageLeads()
    {
        var article = Page(
            "<meta property=\"og:image\" content=\"https://news.example/photos/crane-square.jpg\"><meta property=\"og:image:width\" content=\"200\"><meta property=\"og:image:height\" content=\"200\">"
            + "<meta name=\"twitter:image\" content=\"https://news.example/photos/crane-wide.jpg\">",
            Paragraphs);

        Assert.Equal("https://news.example/photos/crane-wide.jpg", article.LeadImage);
    }

    [Fact]
    public void Parse_OgImageIsAPlaceholderAndBodyHasNoPicture_NoLeadImage()
    {
        var article = Page("<meta property=\"og:image\" content=\"https://news.example/img/placeholder-share.png\">", Paragraphs);

        Assert.Null(article.LeadImage);
    }

    [Fact]
    public void Parse_MarkdownFrontMatterImageRepeatedInBody_ShownOnce()
    {
        var article = ArticleFileParser.Parse(
            Encoding.UTF8.GetBytes("---\ntitle: Bus punctuality improves\nimage: images/chart.png\n---\n\nBuses ran on time more often this spring.\n\n![Chart of punctuality](images/chart.png)\n\nThe figures follow.\n"),
            "blog/post.md").Value!;

        Assert.Equal("/media/blog/images/chart.png", article.LeadImage);
        Assert.Equal("Chart of punctuality", article.LeadImageAlt);
        Assert.DoesNotContain("<img", article.BodyHtml, StringComparison.Ordinal);
    }
}

using NewsReader.Articles;
using NewsReader.Images;
using NewsReader.Ingestion;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

public sealed class RemoteImageRewriteTests
{
    private sealed class Prefixed : IRemoteImageAddresses
    {
        public List<Uri> Asked { get; } = [];

        public string? AddressFor(Uri remote)
        {
            Asked.Add(remote);
            return "/proxy/" + remote.Host + remote.AbsolutePath;
        }
    }

    private sealed class Dropped : IRemoteImageAddresses
    {
        public string? AddressFor(Uri remote) => null;
    }

    [Theory]
    [InlineData("<p>Text</p><img src=\"https://a.example/x.png\" alt=\"X\">", "<p>Text</p><img src=\"/proxy/a.example/x.png\" alt=\"X\">")]
    [InlineData("<figure><img src=\"http://a.example/x.jpg\" alt=\"\"><figcaption>Cap</figcaption></figure>", "<figure><img src=\"/proxy/a.example/x.jpg\" alt=\"\"><figcaption>Cap</figcaption></figure>")]
    [InlineData("<img src=\"//a.example/y.png\">", "<img src=\"/proxy/a.example/y.png\">")]
    [InlineData("<img src=\"/media/local.png\"><img src=\"HTTPS://a.example/z.png\">", "<img src=\"/media/local.png\"><img src=\"/proxy/a.example/z.png\">")]
    public void Rewrite_RemoteImages_AddressFromRule(string html, string expected) =>
        Assert.Equal(expected, RemoteImageRewrite.Rewrite(html, new Prefixed()));

    [Theory]
    [InlineData("<p>Text</p><figure><img src=\"https://a.example/x.png\"><figcaption>Cap <span class=\"credit\">AP</span></figcaption></figure><p>More</p>", "<p>Text</p><p>More</p>")]
    [InlineData("<figure><img src=\"https://a.example/x.png\"><img src=\"/media/b.png\"><figcaption>Two</figcaption></figure>", "<figure><img src=\"/media/b.png\"><figcaption>Two</figcaption></figure>")]
    [InlineData("<p>See <img src=\"https://a.example/i.png\"> here</p>", "<p>See  here</p>")]
    [InlineData("<p><a href=\"https://a.example/\"><img src=\"https://a.example/i.png\"></a> after</p>", "<p> after</p>")]
    public void Rewrite_RuleGivesNoAddress_ImageAndEmptiedFigureGo(string html, string expected) =>
        Assert.Equal(expected, RemoteImageRewrite.Rewrite(html, new Dropped()));

    [Theory]
    [InlineData("<p>No pictures, a <a href=\"https://a.example/\">link</a>.</p>")]
    [InlineData("<p>Only a local one</p><img src=\"/media/a.png\">")]
    [InlineData("<p>Plain</p>")]
    public void Rewrite_NoRemoteImage_NullAndRuleNotAsked(string html)
    {
        var rule = new Prefixed();

        Assert.Null(RemoteImageRewrite.Rewrite(html, rule));
        Assert.Empty(rule.Asked);
    }

    [Fact]
    public void Apply_RemoteLeadImage_RuleDecides()
    {
        var article = ArticleFactory.Make("a.md") with { LeadImage = "https://a.example/lead.jpg", Format = ArticleFormat.Markdown, BodyHtml = "<p>Body</p>" };

        Assert.Equal("/proxy/a.example/lead.jpg", RemoteImageRewrite.Apply(article, new Prefixed()).LeadImage);
        Assert.Null(RemoteImageRewrite.Apply(article, new Dropped()).LeadImage);
    }

    [Fact]
    public void Apply_NothingRemote_SameInstance()
    {
        var article = ArticleFactory.Make("a.md") with { LeadImage = "/media/lead.jpg", Format = ArticleFormat.Markdown, BodyHtml = "<p>Body</p>" };

        Assert.Same(article, RemoteImageRewrite.Apply(article, new Dropped()));
    }

    [Fact]
    public void Apply_PlainText_BodyNotRendered()
    {
        var article = ArticleFactory.WithBody("id", "Headline", "A paragraph mentioning https://a.example/x.png and <img>.");

        Assert.Same(article, RemoteImageRewrite.Apply(article, new Dropped()));
    }
}

using AngleSharp.Html.Parser;
using NewsReader.Parsing.Html;

namespace NewsReader.Tests.Parsing.Html;

/// <summary>What the sanitizer lets a body picture carry: pixel sizes, lazy loading, and a credit class; nothing else.</summary>
public sealed class ArticleSanitizerImageTests
{
    [Fact]
    public void Sanitize_ImageWithOddSizesAndClasses_NumericSizesLazyLoadingCreditOnly()
    {
        var html = ArticleSanitizer.Sanitize(
            "<figure class=\"wide\"><img src=\"https://img.news.example/a.jpg\" width=\"100%\" height=\"640\" class=\"hero\" loading=\"eager\" onload=\"x()\">" +
            "<figcaption class=\"caption\">Quay <span class=\"credit other\">AP</span></figcaption></figure><iframe loading=\"lazy\"></iframe><p loading=\"lazy\">Text</p>");

        var body = new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
        var image = body.QuerySelector("img")!;
        Assert.Equal(["decoding", "height", "loading", "src"], image.Attributes.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal(("640", "lazy", "async"), (image.GetAttribute("height"), image.GetAttribute("loading"), image.GetAttribute("decoding")));
        Assert.Equal("credit", body.QuerySelector("span")?.GetAttribute("class"));
        Assert.Null(body.QuerySelector("figure")!.GetAttribute("class"));
        Assert.Null(body.QuerySelector("p")!.GetAttribute("loading"));
    }
}

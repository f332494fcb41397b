using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing.Html;

/// <summary>Publication dates read from the page itself when its meta tags and JSON-LD give none, and the dates that must not be taken.</summary>
public sealed class MarkupDateTests
{
    [Theory]
    // A day printed under the headline.
    [InlineData("", "<article><h1>{0}</h1><div class=\"pubdate\">19.11.2021</div>{1}</article>")]
    [InlineData("", "<article><h1>{0}</h1><p class=\"entry-meta\">Posted on November 19, 2021 by the desk</p>{1}</article>")]
    [InlineData("", "<article><h1>{0}</h1><span class=\"article-date\">19 de noviembre de 2021</span>{1}</article>")]
    // The day in the page's address.
    [InlineData("<link rel=\"canonical\" href=\"https://harbour.example/2021/11/19/ferry-returns/\">", "<article><h1>{0}</h1>{1}</article>")]
    [InlineData("<link rel=\"canonical\" href=\"https://harbour.example/news/20211119-ferry-returns\">", "<article><h1>{0}</h1>{1}</article>")]
    // A meta name other than article:published_time, in the Unix date form.
    [InlineData("<meta property=\"og:article:published_time\" content=\"Fri Nov 19 14:57:21 CET 2021\">", "<article><h1>{0}</h1>{1}</article>")]
    // datePublished on the WebPage node of a JSON-LD graph with no article node.
    [InlineData("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2021-11-19T08:00:00+00:00\"}]}</script>", "<article><h1>{0}</h1>{1}</article>")]
    // A teaser's time before the article and the footer's copyright year do not count.
    [InlineData("", "<aside class=\"sidebar\"><time datetime=\"2020-01-01\">1 Jan 2020</time></aside><article><h1>{0}</h1><div class=\"meta\"><time datetime=\"2021-11-19\">19. November 2021</time></div>{1}</article><footer><time datetime=\"2019-01-01\">© 2019</time></footer>")]
    [InlineData("", "<article><h1>{0}</h1><div class=\"date\">19. November 2021</div>{1}</article><footer class=\"site-footer\"><time datetime=\"2019-01-01\">© 2019</time></footer>")]
    public void Parse_DateOnlyInMarkup_Found(string head, string body)
    {
        var article = Parse(SavedPage.Page(string.Format(System.Globalization.CultureInfo.InvariantCulture, body, SavedPage.Title, SavedPage.Story), head));

        Assert.Equal(new DateOnly(2021, 11, 19), article.Published is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : (DateOnly?)null);
    }

    [Fact]
    public void Parse_DateOnlyInComments_NoDate()
    {
        var comments = "<ol class=\"comment-list\"><li class=\"comment\"><time class=\"comment-date\" datetime=\"2021-11-20T10:00:00+00:00\">20.11.2021</time><p>Lovely.</p></li></ol>";

        var article = Parse(SavedPage.Page($"<article><h1>{SavedPage.Title}</h1>{SavedPage.Story}{comments}</article>"));

        Assert.Null(article.Published);
    }

    [Fact]
    public void Parse_PrintedDateAfterTheUpdate_NotTaken()
    {
        var head = "<meta property=\"article:modified_time\" content=\"2021-01-05T10:00:00+00:00\">";

        var article = Parse(SavedPage.Page($"<article><h1>{SavedPage.Title}</h1><time datetime=\"2031-11-19\">19.11.2031</time>{SavedPage.Story}</article>", head));

        Assert.Null(article.Published);
    }

    private static NewsReader.Articles.Article Parse(string html)
    {
        var result = ArticleFileParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "page.html");
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }
}

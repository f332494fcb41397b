using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing.Html;

/// <summary>Authors read from the page's markup when its meta tags and JSON-LD name none, or name only an organisation.</summary>
public sealed class MarkupBylineTests
{
    [Theory]
    // An author link in the article's meta box, after "Von:" and a line break.
    [InlineData("<article><h1>{0}</h1><aside class=\"meta\"><p class=\"authors\">Von:<br><i><a href=\"/autor/jana-roth-1\" class=\"author-name\">Jana Roth</a></i></p></aside>{1}</article>", "Jana Roth")]
    // "von Jane Doe" on a line of its own under the headline, no author class at all.
    [InlineData("<article><h1>{0}</h1><div class=\"post-info\">von Jakob Brenner</div>{1}</article>", "Jakob Brenner")]
    // A French "Par" in a contributor field.
    [InlineData("<article><h1>{0}</h1><span class=\"field-contributor\">Par <a href=\"/node/lea-marchand\">Léa Marchand</a></span>{1}</article>", "Léa Marchand")]
    // "Von … und …" with the dateline after a line break.
    [InlineData("<article><h1>{0}</h1><p>Von <strong>Ola Brandt</strong> und <strong>Timo Kessler</strong><br>Westhaven – Die Fähre fährt wieder.</p>{1}</article>", "Ola Brandt and Timo Kessler")]
    public void Parse_AuthorOnlyInMarkup_Found(string body, string expected) =>
        Assert.Equal(expected, Parse(SavedPage.Page(string.Format(System.Globalization.CultureInfo.InvariantCulture, body, SavedPage.Title, SavedPage.Story))).Byline);

    [Fact]
    public void Parse_OnlyCommentsNameAuthors_NoByline()
    {
        var comments = "<section class=\"comments\"><div class=\"comment\"><a rel=\"author\" href=\"/u/kim\">Kim Kommentar</a><p>Great news for the quay.</p></div></section>";

        var article = Parse(SavedPage.Page($"<article><h1>{SavedPage.Title}</h1>{SavedPage.Story}</article>{comments}"));

        Assert.Null(article.Byline);
    }

    [Fact]
    public void Parse_OrganisationAuthorAndPersonInMarkup_PersonWins()
    {
        var ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"" + SavedPage.Title
            + "\",\"author\":{\"@type\":\"Organization\",\"name\":\"Harbour Wire\"}}</script>";

        var article = Parse(SavedPage.Page($"<article><h1>{SavedPage.Title}</h1><span class=\"byline__name\">Mira Olsen</span>{SavedPage.Story}</article>", ld));

        Assert.Equal("Mira Olsen", article.Byline);
    }

    [Fact]
    public void Parse_AuthorIsTheSiteItself_NoByline()
    {
        var head = "<meta property=\"og:site_name\" content=\"The Harbour Times\"><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\""
            + SavedPage.Title + "\",\"author\":{\"@type\":\"Person\",\"name\":\"The Harbour Times\"}}]}</script>";

        var article = Parse(SavedPage.Page($"<article><h1>{SavedPage.Title}</h1>{SavedPage.Story}</article>", head));

        Assert.Null(article.Byline);
    }

    [Fact]
    public void Parse_TeaserAuthorsBesideTheArticle_NotTaken()
    {
        var teasers = "<div class=\"related-articles\"><article><h2>Other story</h2><span class=\"author\">Pia Teaser</span></article></div>";

        var article = Parse(SavedPage.Page($"{teasers}<article><h1>{SavedPage.Title}</h1><span class=\"author\">Mira Olsen</span>{SavedPage.Story}</article>"));

        Assert.Equal("Mira Olsen", article.Byline);
    }

    private static NewsReader.Articles.Article Parse(string html)
    {
        var result = ArticleFileParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "page.html");
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }
}

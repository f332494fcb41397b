using System.Net;
using System.Text.RegularExpressions;
using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search;

/// <summary>The passage shown under a result: where the query's words are, marked as the reader typed them.</summary>
public sealed class SnippetTests
{
    private static string Snippet(string query, string headline, params string[] paragraphs)
    {
        var index = SearchIndex.Build([ArticleFactory.WithBody("a", headline, paragraphs)]);
        return Assert.Single(index.Search(query, 1, 10).Hits).SnippetHtml;
    }

    /// <summary>The text of each marked span, decoded; the snippet holds no other markup.</summary>
    private static List<string> Marks(string html) =>
        [.. Regex.Matches(html, "<mark>(.*?)</mark>").Select(match => WebUtility.HtmlDecode(match.Groups[1].Value))];

    [Fact]
    public void Build_QuotedPhrase_MarkedAsOnePhraseOnly()
    {
        var html = Snippet(
            "\"open hardware\"",
            "Makers meet",
            "The hardware shop stayed open late. Open hardware designs are shared freely, and open source software too.");

        Assert.Equal(["Open hardware"], Marks(html));
    }

    [Fact]
    public void Build_SeveralWords_PassageWithMostOfThem()
    {
        var html = Snippet(
            "budget deficit",
            "Spending review",
            "The budget was presented on Monday by the finance minister to a full chamber.",
            "Rain fell all afternoon and the streets outside were quiet for most of the day.",
            "Economists said the budget deficit would widen next year unless taxes rose.");

        Assert.Contains("deficit", Marks(html));
        Assert.Contains("budget", Marks(html));
        Assert.Contains("Economists", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OnlyTheHeadlineMatches_ShowsTheLeadNotTheHeadlineAgain()
    {
        var html = Snippet(
            "music",
            "Famed music director Viotti dies",
            "Conductor Marcello Viotti has died in Munich aged 50.",
            "He was taken ill during rehearsals.");

        Assert.DoesNotContain("Famed", html, StringComparison.Ordinal);
        Assert.Contains("Conductor Marcello Viotti", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MarkupInText_StillEncodedAroundThePhrase()
    {
        var html = Snippet("\"open hardware\"", "Makers", "<b>Open hardware</b> & <script>x</script> open hardware.");

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&amp;", html, StringComparison.Ordinal);
        Assert.Equal(["Open hardware", "open hardware"], Marks(html));
    }
}

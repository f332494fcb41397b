using System.Text;
using NewsReader.Parsing;
using static NewsReader.Tests.Parsing.HostileInputs;

namespace NewsReader.Tests.Parsing;

/// <summary>Files built to break a parser are rejected with a specific reason; none throws.</summary>
public sealed class HostileFileParsingTests
{
    public static TheoryData<string, string> DeepMarkdown => new()
    {
        { "# Quotes\n\n" + Repeat(">", 100_000) + " deep\n", "the Markdown nests block quotes and lists 100000 levels deep (line 3), past the limit of 32" },
        { "# Lists\n\n" + Repeat("- ", 100_000) + "deep\n", "the Markdown nests block quotes and lists 100000 levels deep (line 3), past the limit of 32" },
        { "# Ordered\n\n" + Repeat("1. ", 1000) + "deep\n", "the Markdown nests block quotes and lists 1000 levels deep (line 3), past the limit of 32" },
        { WithFrontMatter("tags: [a]") + "\n" + Repeat("> ", 50) + "deep\n", "the Markdown nests block quotes and lists 50 levels deep (line 7), past the limit of 32" },
        { "# Emphasis\n\n" + Repeat("*a _b ", 20_000) + "x" + Repeat("_ *", 20_000) + "\n", "the Markdown nests emphasis, links or brackets inside one another past the parser's depth limit" },
        { "# Links\n\n" + Repeat("[", 20_000) + "x" + Repeat("](u)", 20_000) + "\n", "the Markdown nests emphasis, links or brackets inside one another past the parser's depth limit" },
        { "# Brackets\n\n" + Repeat("[", 20_000) + "x\n", "the Markdown nests emphasis, links or brackets inside one another past the parser's depth limit" },
        { "# Raw HTML\n\n" + Repeat("<div>", 100_000) + "\ndeep\n", "the Markdown's HTML nests elements more than 256 levels deep" },
    };

    [Theory]
    [MemberData(nameof(DeepMarkdown))]
    public void Parse_DeepMarkdown_RejectedWithReason(string markdown, string reason)
    {
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(markdown), "deep.md");

        Assert.Equal(reason, result.Error);
    }

    [Theory]
    [InlineData(100_000, "the page nests elements more than 256 levels deep (line 1)")]
    [InlineData(300, "the page nests elements more than 256 levels deep (line 1)")]
    public void Parse_DeepHtml_RejectedWithReason(int depth, string reason)
    {
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(NestedDivs(depth)), "deep.html");

        Assert.Equal(reason, result.Error);
    }

    [Fact]
    public void Parse_ThousandsOfNestedInlineElements_RejectedWithReason()
    {
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(NestedInline(4000)), "inline.html");

        Assert.Equal("the page nests elements more than 256 levels deep (line 1)", result.Error);
    }

    [Fact]
    public void Parse_NestingWithinTheLimits_StillParses()
    {
        var page = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(NestedDivs(40)), "page.html");
        var markdown = ArticleFileParser.Parse(Encoding.UTF8.GetBytes("# Fine\n\n> > quoted\n\n- a\n  - b\n"), "fine.md");

        Assert.True(page.IsSuccess, page.Error);
        Assert.True(markdown.IsSuccess, markdown.Error);
    }

    [Theory]
    [InlineData("page.html", "<html><head><title>T</title></head><body><p>Enough words to be an article body.</p></body></html>")]
    [InlineData("story.md", "# T\n\nEnough words to be an article body.")]
    [InlineData("story.txt", "T\n\nEnough words to be an article body.")]
    public void Parse_BudgetSpent_ThrowsOperationCanceled(string name, string text)
    {
        using var spent = new CancellationTokenSource();
        spent.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ArticleFileParser.Parse(Encoding.UTF8.GetBytes(text), name, cancellationToken: spent.Token));
    }
}

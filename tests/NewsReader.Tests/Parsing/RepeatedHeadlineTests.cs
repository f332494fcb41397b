using System.Text;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

/// <summary>A body that opens with the headline again shows it once, above the body, whatever the format.</summary>
public sealed class RepeatedHeadlineTests
{
    [Theory]
    // Headlines with a verb, so the caption rule cannot be what removes the repeat.
    [InlineData("story.txt", "Talks will resume in Seoul\n\nTalks will resume in Seoul\n\nThe talks resumed on Monday.\n\nMore.")]
    [InlineData("story.txt", "Talks Will Resume in Seoul\n\nTALKS WILL RESUME IN SEOUL.\n\nThe talks resumed on Monday.\n\nMore.")]
    [InlineData("story.md", "---\ntitle: Talks resume in Seoul\n---\n\n# Talks resume in Seoul\n\nThe talks resumed on Monday.\n\nMore.\n")]
    [InlineData("story.md", "---\ntitle: \"Seoul's talks resume\"\n---\n\n## Seoul’s *talks* resume\n\nThe talks resumed on Monday.\n\nMore.\n")]
    public void Parse_BodyOpensWithHeadline_HeadlineNotRepeated(string file, string text)
    {
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(text), file);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("The talks resumed on Monday.", result.Value.Body[0].Text);
    }

    [Theory]
    [InlineData("story.txt", "Talks resume\n\nTalks resume in Seoul after a year\n\nMore.")]
    [InlineData("story.md", "---\ntitle: Talks resume\n---\n\n## Background\n\nThe talks resumed on Monday.\n")]
    public void Parse_BodyOpensWithOtherText_Kept(string file, string text)
    {
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(text), file);

        Assert.True(result.IsSuccess, result.Error);
        Assert.NotEqual("More.", result.Value.Body[0].Text);
        Assert.NotEqual("The talks resumed on Monday.", result.Value.Body[0].Text);
    }

    [Theory]
    [InlineData("story.txt", "Seoul&#039;s &quot;Blue House&quot; signals talks\n\nThat&#039;s a thaw, &amp;lt; included.\n\nMore.")]
    [InlineData("story.md", "---\ntitle: Seoul&#039;s &quot;Blue House&quot; signals talks\nstandfirst: That&#039;s a thaw, &amp;lt; included.\n---\n\nBody.\n")]
    [InlineData("story.html", "<html><head><title>x</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Seoul&#039;s &quot;Blue House&quot; signals talks\",\"description\":\"That&#039;s a thaw, &amp;lt; included.\"}</script></head><body><article><p>The talks resumed on Monday after a year in which neither side would meet the other, officials from both capitals said in statements.</p></article></body></html>")]
    public void Parse_EntitiesInText_DecodedExactlyOnce(string file, string text)
    {
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(text), file);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Seoul's \"Blue House\" signals talks", result.Value.Headline);
        Assert.Equal("That's a thaw, &lt; included.", result.Value.Standfirst);
    }
}

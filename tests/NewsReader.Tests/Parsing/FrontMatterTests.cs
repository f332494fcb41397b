using NewsReader.Parsing.Markdown;

namespace NewsReader.Tests.Parsing;

public sealed class FrontMatterTests
{
    [Fact]
    public void Parse_EveryKey_Typed()
    {
        var yaml = "title: T\ndescription: S\nauthors: [A B, C D]\ndate: 2025-06-02 09:15\nupdated: 2025-06-03T10:00:00+02:00\ntags: a, b\nimage: i.png\nslug: my-slug\ndraft: false\nlang: fr\nlayout: post";

        var front = FrontMatter.Parse(yaml, 2, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).Value!;

        Assert.Equal("T", front.Title);
        Assert.Equal("S", front.Standfirst);
        Assert.Equal(["A B", "C D"], front.Authors);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 9, 15, 0, TimeSpan.FromHours(2)), front.Date);
        Assert.Equal(TimeSpan.FromHours(2), front.Date!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 10, 0, 0, TimeSpan.FromHours(2)), front.Updated);
        Assert.Equal(["a", "b"], front.Tags);
        Assert.Equal(("i.png", "my-slug", false, "fr"), (front.Image, front.Slug, front.Draft, front.Language));
    }

    [Theory]
    [InlineData("title: ok\nstandfirst: Short answer: yes\nauthor: x", 3)]
    [InlineData("title: ok\n  bad: indent\nauthor: x", 3)]
    [InlineData("title: ok\ndate: not a date", 3)]
    public void Parse_Malformed_ReasonNamesTheFileLine(string yaml, int fileLine)
    {
        var result = FrontMatter.Parse(yaml, firstLine: 2, TimeZoneInfo.Utc);

        Assert.False(result.IsSuccess);
        Assert.Contains($"(line {fileLine})", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedFixture_RejectedWithItsLine()
    {
        var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Formats", "markdown"), "07-*.md").Single();

        var result = NewsReader.Parsing.ArticleFileParser.Parse(File.ReadAllBytes(path), Path.GetFileName(path));

        Assert.False(result.IsSuccess);
        Assert.StartsWith("the front matter is not valid YAML (line 5)", result.Error, StringComparison.Ordinal);
    }
}

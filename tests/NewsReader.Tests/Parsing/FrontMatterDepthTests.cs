using NewsReader.Parsing.Markdown;
using static NewsReader.Tests.Parsing.HostileInputs;

namespace NewsReader.Tests.Parsing;

public sealed class FrontMatterDepthTests
{
    public static TheoryData<string, int> Deep => new()
    {
        { "tags: " + Repeat("[", 40_000) + Repeat("]", 40_000), 40_000 },
        { "tags: " + Repeat("{a: ", 40_000) + "b" + Repeat("}", 40_000), 40_000 },
        { "tags:\n" + Repeat("- ", 40_000) + "x", 40_000 },
        { "tags:\n" + string.Concat(Enumerable.Range(1, 1000).Select(i => new string(' ', i) + "k:\n")), 1000 },
        { "tags:\n" + string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', 2 * i) + "-\n")), 500 },
    };

    [Theory]
    [InlineData("title: T\nauthors: [A B, C D]\ntags:\n  - one\n  - two\nauthor:\n  name: Jane\n  url: https://example.com", 4)]
    [InlineData("title: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"", 2)]
    [InlineData("title: Why [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ matters", 2)]
    [InlineData("title: T # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", 2)]
    [InlineData("tags: ['[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[', b]", 2)]
    public void Measure_RealFrontMatter_StaysShallow(string yaml, int atMost)
    {
        Assert.InRange(FrontMatterDepth.Measure(yaml).Depth, 1, atMost);
    }

    [Theory]
    [MemberData(nameof(Deep))]
    public void Measure_HostileNesting_CountsEveryLevel(string yaml, int levels)
    {
        Assert.True(FrontMatterDepth.Measure(yaml).Depth >= levels);
    }

    [Theory]
    [MemberData(nameof(Deep))]
    public void Parse_HostileNesting_RejectedBeforeYamlDotNetRecurses(string yaml, int levels)
    {
        // Before the depth check this overflowed YamlDotNet's stack and ended the test process.
        var result = FrontMatter.Parse("title: T\n" + yaml, firstLine: 2, TimeZoneInfo.Utc);

        Assert.False(result.IsSuccess);
        Assert.Matches(@"^the front matter nests \d+ levels deep \(line \d+\), past the limit of 64$", result.Error);
        Assert.True(int.Parse(result.Error.Split(' ')[4], System.Globalization.CultureInfo.InvariantCulture) >= levels);
    }
}

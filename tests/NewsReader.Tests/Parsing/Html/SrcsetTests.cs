using NewsReader.Parsing.Html;

namespace NewsReader.Tests.Parsing.Html;

public sealed class SrcsetTests
{
    [Theory]
    [InlineData("a-320.jpg 320w, a-1280.jpg 1280w, a-640.jpg 640w", "a-1280.jpg")]
    [InlineData("https://img.example/c_fill,w_320/a.jpg 320w, https://img.example/c_fill,w_960/a.jpg 960w", "https://img.example/c_fill,w_960/a.jpg")]
    [InlineData("a.jpg, a@2x.jpg 2x", "a@2x.jpg")]
    [InlineData("  a.jpg  ", "a.jpg")]
    public void Parse_Candidates_LargestFound(string srcset, string expected) =>
        Assert.Equal(expected, Srcset.Parse(srcset).MaxBy(candidate => candidate.Size)?.Url);
}

using NewsReader.Parsing;

namespace NewsReader.Tests.Security;

/// <summary>
/// Every vector of TestData/Formats/xss-vectors.txt (OWASP-style filter evasions), placed in the
/// body and the metadata of each format, must come out with nothing executable in the article's HTML.
/// </summary>
public sealed class XssVectorTests
{
    public static TheoryData<int> Vectors()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < AllVectors.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    internal static readonly string[] AllVectors = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Formats", "xss-vectors.txt"))
        .Where(line => line.Length > 0).ToArray();

    [Fact]
    public void Vectors_AtLeastFifty() => Assert.True(AllVectors.Length >= 50, $"{AllVectors.Length} vectors");

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Parse_VectorInEveryFormat_NothingExecutable(int index)
    {
        var vector = AllVectors[index];
        var files = new (string Name, string Text)[]
        {
            ("a.txt", $"Headline {vector}\n\nBy {vector}\n\nFirst paragraph {vector}\n\n{vector}\n"),
            ("b.md", $"---\ntitle: \"Title\"\ndescription: 'x'\nimage: '{vector.Replace("'", "''", StringComparison.Ordinal)}'\n---\n\nText {vector}\n\n{vector}\n\n[link]({vector})\n"),
            ("c.html", $"<!doctype html><html><head><title>Page {vector}</title><meta property=\"og:image\" content=\"{vector.Replace("\"", "&quot;", StringComparison.Ordinal)}\"></head><body><article><h1>Headline</h1><p>A paragraph that is long enough to count as the article body, with words and more words.</p><p>{vector}</p><div>{vector}</div><p>Another paragraph of real text so the page reads as an article to the extractor.</p></article></body></html>"),
        };
        foreach (var (name, text) in files)
        {
            var result = ArticleFileParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), name);
            Assert.True(result.IsSuccess, $"{name} for vector {index} was rejected: {result.Error}");

            InertHtml.Assert(result.Value!.BodyHtml, $"{name} body for vector {index}: {vector}", remoteImagesKept: true);
            Assert.True(result.Value.LeadImage is null || result.Value.LeadImage.StartsWith("http", StringComparison.Ordinal) || result.Value.LeadImage.StartsWith(MediaPaths.Prefix, StringComparison.Ordinal),
                $"{name} lead image '{result.Value.LeadImage}'");
        }
    }
}

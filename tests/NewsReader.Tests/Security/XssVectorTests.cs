using AngleSharp.Dom;
using AngleSharp.Html.Parser;
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

            AssertInert(result.Value!.BodyHtml, $"{name} body for vector {index}: {vector}");
            Assert.True(result.Value.LeadImage is null || result.Value.LeadImage.StartsWith("http", StringComparison.Ordinal) || result.Value.LeadImage.StartsWith(MediaPaths.Prefix, StringComparison.Ordinal),
                $"{name} lead image '{result.Value.LeadImage}'");
        }
    }

    /// <summary>No element, attribute or URL that can run script or change the page around it.</summary>
    internal static void AssertInert(string html, string context)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        var dangerous = document.Body!.QuerySelectorAll("script, style, iframe, frame, object, embed, form, input, button, textarea, link, meta, base, svg, math, template");
        Assert.True(dangerous.Length == 0, $"{context}: <{(dangerous.Length > 0 ? dangerous[0].LocalName : "")}> survived");
        foreach (var element in document.Body.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{context}: {attribute.Name} survived");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "background" or "poster")
                {
                    AssertSafeUrl(element, attribute.Value, context);
                }
            }
        }
    }

    private static void AssertSafeUrl(IElement element, string url, string context)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        Assert.False(compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal), $"{context}: {url}");
        if (compact.StartsWith("data:", StringComparison.Ordinal))
        {
            Assert.True(element.LocalName == "img" && !compact.StartsWith("data:image/svg", StringComparison.Ordinal), $"{context}: {url} on <{element.LocalName}>");
        }
    }
}

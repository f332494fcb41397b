using System.Text;
using FsCheck.Xunit;
using NewsReader.Articles;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

/// <summary>
/// Properties every parser must hold for any input: bad files fail with a reason instead of
/// throwing, and a valid article comes back with its headline and every block, in order.
/// </summary>
[Properties(Arbitrary = [typeof(ArticleTextGenerators)], MaxTest = 500)]
public sealed class ParserPropertyTests
{
    private const string FileName = "x.txt";

    [Property(MaxTest = 1000)]
    public void Parse_ArbitraryBytes_SucceedsOrFailsWithReason(FileBytes file)
    {
        var result = ArticleFileParser.Parse(file.Bytes.AsSpan(), FileName);

        AssertSucceededOrGaveReason(result);
        if (result.IsSuccess)
        {
            // Decoding replaces every invalid sequence, so nothing after it may split a surrogate pair.
            Assert.All(TextsOf(result.Value), text => Assert.True(IsWellFormedUtf16(text), ArticleTextGenerators.Escape(text)));
        }
    }

    [Property(MaxTest = 1000)]
    public void Decode_ArbitraryBytes_SucceedsWithoutNulOrFailsWithReason(FileBytes file)
    {
        var result = TextDecoder.Decode(file.Bytes.AsSpan());

        AssertSucceededOrGaveReason(result);
        if (result.IsSuccess)
        {
            Assert.DoesNotContain('\0', result.Value.Text);
        }
    }

    [Property(MaxTest = 1000)]
    public void Parse_ArbitraryString_SucceedsOrFailsWithReason(HostileText text)
    {
        var result = PlainTextArticleParser.Parse(text.Value);

        AssertSucceededOrGaveReason(result);
        if (result.IsSuccess)
        {
            Assert.NotEmpty(result.Value.Headline);
            Assert.True(result.Value.Headline.Length <= PlainTextArticleParser.MaxHeadlineLength, result.Value.Headline);
            Assert.All(result.Value.Body, block => Assert.NotEmpty(block.Text));
            // Shortening a long first line must not split a surrogate pair the input kept whole.
            if (IsWellFormedUtf16(text.Value))
            {
                Assert.All(TextsOf(result.Value), part => Assert.True(IsWellFormedUtf16(part), ArticleTextGenerators.Escape(part)));
            }
        }
    }

    [Property]
    public void Parse_ValidArticleText_KeepsHeadlineAndEveryBlockInOrder(GeneratedArticle article)
    {
        Assert.True(article.Headline.Length <= PlainTextArticleParser.MaxHeadlineLength, "generator made a headline too long");

        var result = PlainTextArticleParser.Parse(article.Render());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(article.Headline, result.Value.Headline);
        var actual = BlocksIncludingCaption(result.Value.Caption, result.Value.Body.Select(block => block.Text)).ToList();
        Assert.Equal(ExpectedBlocks(article, result.Value.Authors.Count > 0, result.Value.Dateline, actual), actual);
        Assert.Equal(result.Value.Body.Select(block => block.Text).FirstOrDefault(), result.Value.Standfirst);
    }

    [Property]
    public void Parse_SameValidTextTwice_SameArticle(GeneratedArticle article)
    {
        var text = article.Render();

        AssertSameParse(PlainTextArticleParser.Parse(text), PlainTextArticleParser.Parse(text));
    }

    [Property]
    public void Parse_SameArbitraryStringTwice_SameResult(HostileText text)
    {
        AssertSameParse(PlainTextArticleParser.Parse(text.Value), PlainTextArticleParser.Parse(text.Value));
    }

    [Property]
    public void Parse_SameArbitraryBytesTwice_SameResult(FileBytes file)
    {
        var first = ArticleFileParser.Parse(file.Bytes.AsSpan(), FileName);
        var second = ArticleFileParser.Parse(file.Bytes.AsSpan(), FileName);

        Assert.Equal(first.Error, second.Error);
        Assert.Equal(first.IsSuccess, second.IsSuccess);
        if (first.IsSuccess)
        {
            AssertSameArticle(first.Value, second.Value!);
        }
    }

    [Property]
    public void Parse_Utf8OfValidArticleText_SucceedsCountingEveryBlockWord(GeneratedArticle article)
    {
        var bytes = Encoding.UTF8.GetBytes(article.Render());

        var first = ArticleFileParser.Parse(bytes, FileName);
        var second = ArticleFileParser.Parse(bytes, FileName);

        Assert.True(first.IsSuccess, first.Error);
        Assert.False(first.Value.Repaired);
        Assert.Equal(article.Headline, first.Value.Headline);
        var actual = BlocksIncludingCaption(first.Value.Caption, first.Value.Body.Select(block => block.Text)).ToList();
        Assert.Equal(ExpectedBlocks(article, first.Value.Byline is not null, first.Value.Dateline, actual), actual);
        Assert.Equal(first.Value.Byline is null && first.Value.Dateline is null ? article.WordCount : actual.Sum(ReadingTime.CountWords), first.Value.WordCount);
        Assert.True(second.IsSuccess, second.Error);
        AssertSameArticle(first.Value, second.Value);
    }

    /// <summary>
    /// The generated blocks as the parser should return them: a byline block and a dateline at the
    /// top move into metadata (random capitals before a dash can make one); every other block is kept as is.
    /// </summary>
    private static List<string> ExpectedBlocks(GeneratedArticle article, bool foundByline, string? dateline, List<string> actual)
    {
        var expected = article.BlockTexts.ToList();
        if (foundByline)
        {
            Assert.NotNull(Bylines.Parse(expected[0]));
            expected.RemoveAt(0);
        }

        if (dateline is not null)
        {
            Assert.StartsWith(dateline, expected[0], StringComparison.Ordinal);
            Assert.EndsWith(actual[0], expected[0], StringComparison.Ordinal);
            expected[0] = actual[0];
        }

        return expected;
    }

    private static void AssertSucceededOrGaveReason<T>(ParseResult<T> result)
        where T : class
    {
        if (result.IsSuccess)
        {
            Assert.Null(result.Error);
        }
        else
        {
            Assert.Null(result.Value);
            Assert.False(string.IsNullOrWhiteSpace(result.Error), "a failure must say why");
        }
    }

    private static IEnumerable<string> TextsOf(Article article) =>
        TextsOf(article.Headline, article.Caption, article.Standfirst, article.Body.Select(block => block.Text));

    private static IEnumerable<string> TextsOf(ParsedArticle article) =>
        TextsOf(article.Headline, article.Caption, article.Standfirst, article.Body.Select(block => block.Text));

    private static IEnumerable<string> TextsOf(string headline, string? caption, string? standfirst, IEnumerable<string> body) =>
        new[] { headline, caption ?? "", standfirst ?? "" }.Concat(body);

    /// <summary>True when every surrogate is half of a pair, i.e. the string is valid UTF-16.</summary>
    private static bool IsWellFormedUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> BlocksIncludingCaption(string? caption, IEnumerable<string> body) =>
        (caption is null ? [] : new[] { caption }).Concat(body);

    // Records holding an ImmutableArray or a list compare it by reference (and so does xunit, through
    // IEquatable), so the arrays are compared as sequences and the rest with them blanked out.
    private static void AssertSameParse(ParseResult<ParsedArticle> first, ParseResult<ParsedArticle> second)
    {
        Assert.Equal(first.Error, second.Error);
        Assert.Equal(first.IsSuccess, second.IsSuccess);
        if (first.IsSuccess)
        {
            Assert.Equal(first.Value with { Body = [], Authors = [], Tags = [] }, second.Value! with { Body = [], Authors = [], Tags = [] });
            Assert.Equal(first.Value.Body.AsEnumerable(), second.Value.Body.AsEnumerable());
            Assert.Equal(first.Value.Authors, second.Value.Authors);
            Assert.Equal(first.Value.Tags, second.Value.Tags);
        }
    }

    private static void AssertSameArticle(Article first, Article second)
    {
        Assert.Equal(first with { Body = [], Tags = [], Topics = [], TopicCandidates = [] }, second with { Body = [], Tags = [], Topics = [], TopicCandidates = [] });
        Assert.Equal(first.TopicCandidates.AsEnumerable(), second.TopicCandidates.AsEnumerable());
        Assert.Equal(first.Body.AsEnumerable(), second.Body.AsEnumerable());
        Assert.Equal(first.Tags.AsEnumerable(), second.Tags.AsEnumerable());
        Assert.Equal(first.Topics.AsEnumerable(), second.Topics.AsEnumerable());
    }
}

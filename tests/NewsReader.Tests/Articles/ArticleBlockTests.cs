using NewsReader.Articles;

namespace NewsReader.Tests.Articles;

public sealed class ArticleBlockTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Plain ASCII, as most news is.")]
    [InlineData("“Kim Jong Un” met Moon Jae-in in Pyeongchang — 평창 — on Tuesday 🙂")]
    [InlineData("Ølstykke, São Paulo, Łódź, 東京")]
    public void Text_AnyText_ReadsBackUnchanged(string text) =>
        Assert.Equal(text, new ArticleBlock(ArticleBlockKind.Paragraph, text).Text);

    [Fact]
    public void Equals_SameKindAndText_Equal()
    {
        var first = new ArticleBlock(ArticleBlockKind.Heading, "Talks in Busan");
        var second = new ArticleBlock(ArticleBlockKind.Heading, string.Concat("Talks", " in Busan"));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentTextOrKind_NotEqual()
    {
        var paragraph = new ArticleBlock(ArticleBlockKind.Paragraph, "Talks resumed.");

        Assert.NotEqual(paragraph, new ArticleBlock(ArticleBlockKind.Paragraph, "Talks resumed!"));
        Assert.NotEqual(paragraph, new ArticleBlock(ArticleBlockKind.Heading, "Talks resumed."));
    }

    [Fact]
    public void Pack_Texts_SameKindsAndTextsInOrder()
    {
        (ArticleBlockKind, string)[] texts =
        [
            (ArticleBlockKind.Heading, "Talks in Busan"),
            (ArticleBlockKind.Paragraph, ""),
            (ArticleBlockKind.Paragraph, "“Kim Jong Un” met Moon Jae-in — 평창 🙂"),
            (ArticleBlockKind.Other, "Łódź"),
        ];

        var packed = ArticleBlock.Pack(texts);

        Assert.Equal(texts, packed.Select(b => (b.Kind, b.Text)));
        Assert.Equal(texts.Select(t => new ArticleBlock(t.Item1, t.Item2)), packed.AsEnumerable());
    }
}

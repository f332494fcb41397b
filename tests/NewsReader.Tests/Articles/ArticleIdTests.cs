using NewsReader.Articles;

namespace NewsReader.Tests.Articles;

public sealed class ArticleIdTests
{
    [Theory]
    [InlineData("000_87e463ba83310d3b.txt", "87e463ba83310d3b")]
    [InlineData("sub/042_ABCDEF0123456789.txt", "abcdef0123456789")]
    [InlineData("87e463ba83310d3b.txt", "87e463ba83310d3b")]
    public void FromSourceFile_NameWithHexId_UsesTheHexPart(string file, string expected) =>
        Assert.Equal(expected, ArticleId.FromSourceFile(file));

    [Fact]
    public void FromSourceFile_PlainName_IsAFixedHashOfThePath()
    {
        // A literal value: the id must be identical on every machine, runtime and restart.
        Assert.Equal("3d8be2fb2809c9e8", ArticleId.FromSourceFile("business/001.txt"));
    }

    [Fact]
    public void FromSourceFile_SameNameInTwoFolders_Differs()
    {
        Assert.NotEqual(ArticleId.FromSourceFile("business/001.txt"), ArticleId.FromSourceFile("politics/001.txt"));
    }

    [Fact]
    public void FromSourceFile_BackslashInName_DiffersFromTheSlashPath()
    {
        // On Linux "a\\b.txt" is one file in the top folder, "a/b.txt" another in folder a: two articles.
        Assert.NotEqual(ArticleId.FromSourceFile("a/b.txt"), ArticleId.FromSourceFile("a\\b.txt"));
        Assert.Equal(ArticleId.Hash("a/b.txt"), ArticleId.FromSourceFile("a/b.txt"));
    }

    [Theory]
    [InlineData("Headline||First paragraph.|Second — with “quotes” and café.")]
    [InlineData("Only")]
    [InlineData("Lone \uD800 surrogate|\uDC00 split pair")]
    public void HashLines_SameAsHashOfTheJoinedText(string joined) =>
        Assert.Equal(ArticleId.Hash(joined.Replace('|', '\n')), ArticleId.HashLines(joined.Split('|')));

    [Fact]
    public void HashLines_PartLongerThanItsBuffer_SameAsHashOfTheJoinedText()
    {
        string[] lines = ["Long", new string('ü', 5000), "after"];

        Assert.Equal(ArticleId.Hash(string.Join('\n', lines)), ArticleId.HashLines(lines));
    }
}

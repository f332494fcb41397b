using NewsReader.Mirroring;

namespace NewsReader.Tests.Mirroring;

public sealed class MirrorPathsTests
{
    [Theory]
    [InlineData("story.txt", "", "story.txt")]
    [InlineData("world/story.txt", "", "world/story.txt")]
    [InlineData("news/world/story.txt", "news/", "world/story.txt")]
    [InlineData("news/world/story.txt", "news", "world/story.txt")]
    [InlineData("newsletter.txt", "news", "letter.txt")]
    [InlineData("Élections à Paris.md", "", "Élections à Paris.md")]
    public void ToRelativePath_SafeKey_StripsPrefixKeepsFolders(string key, string prefix, string expected)
    {
        Assert.Equal(expected, MirrorPaths.ToRelativePath(key, prefix, out var rejection));
        Assert.Null(rejection);
    }

    [Theory]
    [InlineData("world/", "")]
    [InlineData("news/", "news/")]
    [InlineData("news/world/", "news/")]
    [InlineData("news", "news")]
    public void ToRelativePath_FolderMarker_SkippedWithoutReason(string key, string prefix)
    {
        Assert.Null(MirrorPaths.ToRelativePath(key, prefix, out var rejection));
        Assert.Null(rejection);
    }

    [Theory]
    [InlineData("../outside.txt", "'..'")]
    [InlineData("world/../../outside.txt", "'..'")]
    [InlineData("./story.txt", "'.'")]
    [InlineData("/etc/passwd", "absolute")]
    [InlineData("world\\story.txt", "backslash")]
    [InlineData("..\\outside.txt", "backslash")]
    [InlineData("story\n.txt", "control character")]
    [InlineData("story\u0000.txt", "control character")]
    [InlineData("world//story.txt", "empty folder name")]
    [InlineData(".newsreader/permalinks.tsv", "starts with '.'")]
    [InlineData("world/.hidden.txt", "starts with '.'")]
    public void ToRelativePath_UnsafeKey_RejectedWithReason(string key, string reason)
    {
        Assert.Null(MirrorPaths.ToRelativePath(key, "", out var rejection));
        Assert.NotNull(rejection);
        Assert.Contains(reason, rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void ToRelativePath_NameLongerThanFileSystemsAllow_Rejected()
    {
        Assert.Null(MirrorPaths.ToRelativePath(new string('a', 256) + ".txt", "", out var rejection));
        Assert.Contains("255 bytes", rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void ToRelativePath_KeyOutsidePrefix_Rejected()
    {
        Assert.Null(MirrorPaths.ToRelativePath("other/story.txt", "news/", out var rejection));
        Assert.Contains("prefix", rejection, StringComparison.Ordinal);
    }
}

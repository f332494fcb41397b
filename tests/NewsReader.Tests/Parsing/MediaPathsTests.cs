using NewsReader.Files;
using NewsReader.Parsing;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Parsing;

public sealed class MediaPathsTests
{
    [Theory]
    [InlineData("post.md", "images/chart.png", "/media/images/chart.png")]
    [InlineData("blog/post.md", "./images/chart.png", "/media/blog/images/chart.png")]
    [InlineData("blog/2025/post.md", "../shared/a b.jpg", "/media/blog/shared/a%20b.jpg")]
    [InlineData("blog/post.md", "/top.webp", "/media/top.webp")]
    public void Resolve_ImageInsideTheFolder_SitePath(string sourceFile, string reference, string expected) =>
        Assert.Equal(expected, MediaPaths.Resolve(sourceFile, reference));

    [Theory]
    [InlineData("post.md", "../secret.png")]
    [InlineData("blog/post.md", "../../etc/passwd.png")]
    [InlineData("post.md", "images/notes.txt")]
    [InlineData("post.md", "images/logo.svg")]
    [InlineData("post.md", ".newsreader/permalinks.png")]
    [InlineData("post.md", "C:\\\\images\\\\a.png")]
    [InlineData("post.md", "")]
    public void Resolve_OutsideOrNotAnImage_Null(string sourceFile, string reference) =>
        Assert.Null(MediaPaths.Resolve(sourceFile, reference));

    [Fact]
    public void Resolve_ThroughAFolderLinkLeadingOutside_Null()
    {
        using var seeds = new TempFolder();
        using var outside = new TempFolder();
        outside.Write("pictures/a.png", [1]);
        Directory.CreateSymbolicLink(Path.Combine(seeds.Path, "rootlink"), outside.Path);
        var boundary = new SeedsFolderBoundary(seeds.Path);

        Assert.Null(MediaPaths.Resolve("post.md", "rootlink/pictures/a.png", boundary));
        Assert.Equal("/media/images/a.png", MediaPaths.Resolve("post.md", "images/a.png", boundary));
    }

    [Fact]
    public void Resolve_BackslashInTheSourceFileName_IsPartOfTheNameNotAFolder() =>
        Assert.Equal("/media/images/a.png", MediaPaths.Resolve("a\\post.md", "images/a.png"));
}

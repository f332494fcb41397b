using NewsReader.Files;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Files;

public sealed class SeedsFolderBoundaryTests : IDisposable
{
    private readonly TempFolder _seeds = new();
    private readonly TempFolder _outside = new();

    public void Dispose()
    {
        _seeds.Dispose();
        _outside.Dispose();
    }

    [Theory]
    [InlineData("/srv/seeds/a.txt", "/srv/seeds", true)]
    [InlineData("/srv/seeds", "/srv/seeds", true)]
    [InlineData("/srv/seeds/", "/srv/seeds", true)]
    [InlineData("/srv/seeds/../secrets/a.txt", "/srv/seeds", false)]
    [InlineData("/srv/seeds-evil/a.txt", "/srv/seeds", false)]
    [InlineData("/etc/passwd", "/srv/seeds/", false)]
    public void Contains_PathsWithoutLinks_ConfinedToRoot(string path, string root, bool inside) =>
        Assert.Equal(inside, new SeedsFolderBoundary(root).Contains(path));

    [Fact]
    public void Contains_FolderLinkToRoot_Outside()
    {
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, "rootlink"), "/");

        var boundary = new SeedsFolderBoundary(_seeds.Path);

        Assert.False(boundary.Contains("rootlink/etc/hostname"));
        Assert.Null(boundary.Locate(Path.Combine(_seeds.Path, "rootlink", "etc")));
    }

    [Fact]
    public void Locate_LinkInMiddleOfPathLeadingOutside_Null()
    {
        _outside.Write("pictures/secret.png", [1, 2, 3]);
        _seeds.Write("blog/post.md", "# Post");
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, "blog", "shared"), _outside.Path);

        Assert.Null(new SeedsFolderBoundary(_seeds.Path).Locate("blog/shared/pictures/secret.png"));
    }

    [Fact]
    public void Locate_RelativeLinkStayingInside_RealPathInside()
    {
        _seeds.Write("real/images/a.png", [1]);
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, "alias"), "real");

        var located = new SeedsFolderBoundary(_seeds.Path).Locate("alias/images/a.png");

        Assert.Equal(Path.Combine(SeedsFolderBoundary.RealPath(_seeds.Path), "real", "images", "a.png"), located);
    }

    [Fact]
    public void Locate_SeedsFolderItselfReachedThroughALink_InsideFilesAllowed()
    {
        _outside.Write("a.png", [1]);
        var link = Path.Combine(_seeds.Path, "seeds-link");
        Directory.CreateSymbolicLink(link, _outside.Path);

        Assert.NotNull(new SeedsFolderBoundary(link).Locate("a.png"));
    }

    [Fact]
    public void Locate_LinkLoop_NullInsteadOfHanging()
    {
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, "a"), "b");
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, "b"), "a");

        Assert.Null(new SeedsFolderBoundary(_seeds.Path).Locate("a/x.png"));
    }

    [Fact]
    public void RefuseWrite_LinkedFolderOrFile_Reason()
    {
        var boundary = new SeedsFolderBoundary(_seeds.Path);
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, ".newsreader"), _outside.Path);
        File.CreateSymbolicLink(Path.Combine(_seeds.Path, "file.tsv"), _outside.Write("target.tsv", "x"));

        Assert.Contains("symbolic link", boundary.RefuseWrite(Path.Combine(_seeds.Path, ".newsreader", "permalinks.tsv")), StringComparison.Ordinal);
        Assert.Contains("symbolic link", boundary.RefuseWrite(Path.Combine(_seeds.Path, "file.tsv")), StringComparison.Ordinal);
        Assert.Null(boundary.RefuseWrite(Path.Combine(_seeds.Path, "plain", "new.tsv")));
    }
}

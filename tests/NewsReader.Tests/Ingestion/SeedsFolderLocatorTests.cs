using NewsReader.Ingestion;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

public sealed class SeedsFolderLocatorTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Resolve_AbsolutePath_TakenAsIs()
    {
        var absolute = Path.Combine(_root.Path, "anywhere");

        Assert.Equal(absolute, SeedsFolderLocator.Resolve(absolute, "/tmp", "/tmp"));
    }

    [Fact]
    public void Resolve_RelativeFolderInWorkingDirectory_Found()
    {
        Directory.CreateDirectory(Path.Combine(_root.Path, "seeds"));

        Assert.Equal(Path.Combine(_root.Path, "seeds"), SeedsFolderLocator.Resolve("seeds", _root.Path, "/nonexistent"));
    }

    [Fact]
    public void Resolve_RelativeFolderAboveContentRoot_FoundByWalkingUp()
    {
        Directory.CreateDirectory(Path.Combine(_root.Path, "seeds"));
        var contentRoot = Directory.CreateDirectory(Path.Combine(_root.Path, "src", "NewsReader.Web")).FullName;

        Assert.Equal(Path.Combine(_root.Path, "seeds"), SeedsFolderLocator.Resolve("seeds", contentRoot, contentRoot));
    }

    [Fact]
    public void Resolve_ContentRootIsBuildOutputStartedElsewhere_RepositorySeedsFound()
    {
        // dotnet run: the content root is the app's build output, five levels below seeds/.
        Directory.CreateDirectory(Path.Combine(_root.Path, "seeds"));
        var buildOutput = Directory.CreateDirectory(Path.Combine(_root.Path, "src", "NewsReader.Web", "bin", "Debug", "net10.0")).FullName;
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root.Path, "elsewhere")).FullName;

        Assert.Equal(Path.Combine(_root.Path, "seeds"), SeedsFolderLocator.Resolve("seeds", elsewhere, buildOutput));
    }

    [Fact]
    public void Resolve_NowhereToBeFound_ReturnsWorkingDirectoryCandidate()
    {
        var resolved = SeedsFolderLocator.Resolve("no-such-seeds-folder", _root.Path, _root.Path);

        Assert.Equal(Path.Combine(_root.Path, "no-such-seeds-folder"), resolved);
    }
}

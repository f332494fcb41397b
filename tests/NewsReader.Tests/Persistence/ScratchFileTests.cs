using NewsReader.Files;
using NewsReader.Persistence;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Persistence;

/// <summary>Where a first load spills: a file gone from the folder once made, never one written through a link.</summary>
public sealed class ScratchFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Create_NewFolder_MakesItAndLeavesNoFileInIt()
    {
        var cache = Path.Join(_folder.Path, "cache");

        var (file, problem) = ScratchFile.Create(cache, "postings", new SeedsFolderBoundary(_folder.Path));
        using (file)
        {
            Assert.Null(problem);
            RandomAccess.Write(file!.Handle, "written"u8, 0);
            var read = new byte[7];
            Assert.Equal(7, RandomAccess.Read(file.Handle, read, 0));
            Assert.Equal("written"u8.ToArray(), read);
            Assert.Empty(Directory.GetFiles(cache));
        }
    }

    [Fact]
    public void Create_FolderIsALink_SaysWhyAndMakesNoFile()
    {
        var elsewhere = Directory.CreateDirectory(Path.Join(_folder.Path, "elsewhere")).FullName;
        var link = Path.Join(_folder.Path, "cache");
        Directory.CreateSymbolicLink(link, elsewhere);

        var (file, problem) = ScratchFile.Create(link, "bodies", new SeedsFolderBoundary(_folder.Path));

        Assert.Null(file);
        Assert.Contains("symbolic link", problem, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(elsewhere));
    }
}

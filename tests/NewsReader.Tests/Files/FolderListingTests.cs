using NewsReader.Files;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Files;

public sealed class FolderListingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TryList_RegularFiles_SizeAndTimeExactlyAsFileInfoGivesThem()
    {
        Assert.True(OperatingSystem.IsLinux(), "the native listing is Linux's");
        var path = _folder.Write("a.txt", "Headline\n\nBody.");
        // A time with ticks below the second: the settled-file check compares the scan's time with
        // FileInfo's for equality, so one tick apart would leave the file unsettled for ever.
        File.SetLastWriteTimeUtc(path, new DateTime(2024, 3, 1, 12, 30, 45, DateTimeKind.Utc).AddTicks(1_234_567));
        _folder.Write("café 北京.txt", "Ünïcode");

        var listed = FolderListing.TryList(_folder.Path)!.ToDictionary(entry => entry.Name);

        Assert.Equal(2, listed.Count);
        foreach (var (name, entry) in listed)
        {
            var info = new FileInfo(Path.Join(_folder.Path, name));
            Assert.Equal(FolderListing.Kind.File, entry.Kind);
            Assert.Equal(info.Length, entry.Length);
            Assert.Equal(info.LastWriteTimeUtc, entry.LastWriteUtc);
        }

        Assert.Equal(1_234_567, listed["a.txt"].LastWriteUtc.Ticks % TimeSpan.TicksPerSecond);
    }

    [Fact]
    public void TryList_FoldersHiddenNamesAndLinks_EachKindTold()
    {
        Assert.True(OperatingSystem.IsLinux(), "the native listing is Linux's");
        var target = _folder.Write("sub/inner.txt", "x");
        _folder.Write(".hidden", "y");
        File.CreateSymbolicLink(Path.Join(_folder.Path, "link.txt"), target);

        var listed = FolderListing.TryList(_folder.Path)!.ToDictionary(entry => entry.Name, entry => entry.Kind);

        // "." and ".." are not entries; a hidden name is (the scan decides what to skip); a link's
        // facts are its target's, which the caller asks for.
        Assert.Equal(
            new Dictionary<string, FolderListing.Kind> { ["sub"] = FolderListing.Kind.Directory, [".hidden"] = FolderListing.Kind.File, ["link.txt"] = FolderListing.Kind.Unknown },
            listed);
    }

    [Fact]
    public void TryList_MissingFolder_LeftToTheManagedListingToReport() =>
        Assert.Null(FolderListing.TryList(Path.Join(_folder.Path, "missing")));
}

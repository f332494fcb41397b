using NewsReader.Ingestion;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

public sealed class SeedFolderScannerTests : IDisposable
{
    private readonly TempFolder _seeds = new();
    private readonly TempFolder _outside = new();

    public void Dispose()
    {
        _seeds.Dispose();
        _outside.Dispose();
    }

    private SeedFolderScanner.Result Scan(SeedsOptions? limits = null) => SeedFolderScanner.Scan(_seeds.Path, limits ?? new SeedsOptions());

    [Fact]
    public void Scan_PageSavedCompleteAndPicturesBesidePosts_OnlyArticlesListed()
    {
        _seeds.Write("ferry.html", "<!doctype html><title>Ferry</title>");
        _seeds.Write("ferry_files/style.css", "body{}");
        _seeds.Write("ferry_files/photo", "not an article");
        _seeds.Write("posts/lights.md", "---\ntitle: Lights\n---\n\nText.");
        _seeds.Write("posts/images/lead.png", "png");
        _seeds.Write("notes_files/keep.txt", "Notes\n\nA folder named like a companion, with no page beside it.");

        var result = Scan();

        Assert.Equal(["ferry.html", "notes_files/keep.txt", "posts/lights.md"], result.Files.Select(file => file.SourceFile));
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void Scan_StoreAndHistorySetInsideTheSeedsFolder_NotListed()
    {
        _seeds.Write("story.txt", "Story\n\nText.");
        _seeds.Write("state/cache/snapshot.nrs", "the store");
        _seeds.Write("state/notes.txt", "Notes\n\nBeside the store, not in it.");
        _seeds.Write("history/permalinks.tsv", "slug\tid");

        var result = Scan(new SeedsOptions { Path = _seeds.Path, CachePath = "state/cache", PermalinkHistoryPath = "history/permalinks.tsv" });

        Assert.Equal(["state/notes.txt", "story.txt"], result.Files.Select(file => file.SourceFile));
        Assert.Empty(result.Rejected);
    }

    /// <summary>Names sharing their first eight characters and names shorter than eight still come out in ordinal order.</summary>
    [Fact]
    public void Scan_NamesSharingLongPrefixes_InOrdinalOrder()
    {
        string[] names =
        [
            "aaaaaaaa10.txt", "aaaaaaaa1.txt", "aaaaaaaa.txt", "aaaaaaa", "aaaaaaab.txt", "b.txt", "a.txt", "A.txt",
            "ab", "é.txt", "Z.md", "aaaaaaaa-2.txt", "000123_ff.txt", "000123_fe.txt", "00012.txt", "北京.txt",
        ];
        foreach (var name in names)
        {
            _seeds.Write(name, "Headline\n\nBody.");
        }

        var result = Scan();

        Assert.Equal(names.Order(StringComparer.Ordinal), result.Files.Select(file => file.SourceFile));
    }

    [Fact]
    public void Scan_ImagesBesideArticles_NotListedWhateverTheirCase()
    {
        _seeds.Write("story.txt", "Story\n\nBody.");
        _seeds.Write("lead.JPG", "jpeg");
        _seeds.Write("chart.webp", "webp");
        _seeds.Write("diagram.svg", "<svg/>");

        Assert.Equal(["diagram.svg", "story.txt"], Scan().Files.Select(file => file.SourceFile));
    }

    [Fact]
    public void Scan_FileSymlinkLeadingOutside_NotFollowedAndReported()
    {
        var secret = _outside.Write("secret.txt", "Secret\n\nNot for readers.");
        File.CreateSymbolicLink(Path.Combine(_seeds.Path, "escape.txt"), secret);

        var result = Scan();

        Assert.Empty(result.Files);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("escape.txt", rejected.SourceFile);
        Assert.Contains("outside the seeds folder", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_FolderSymlinkLeadingOutside_NotFollowed()
    {
        _outside.Write("inner/secret.txt", "Secret\n\nNot for readers.");
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, "linked"), Path.Combine(_outside.Path, "inner"));

        var result = Scan();

        Assert.Empty(result.Files);
        Assert.Equal("linked", Assert.Single(result.Rejected).SourceFile);
    }

    [Fact]
    public void Scan_SymlinksInsideTheFolder_FollowedAndLoopsVisitedOnce()
    {
        var real = _seeds.Write("real/story.txt", "Story\n\nBody.");
        File.CreateSymbolicLink(Path.Combine(_seeds.Path, "alias.txt"), real);
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, "real", "loop"), _seeds.Path);

        var result = Scan();

        Assert.Equal(["alias.txt", "real/story.txt"], result.Files.Select(f => f.SourceFile));
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void Scan_LinkToAFileInside_HasItsTargetsSizeAndTime()
    {
        var real = _seeds.Write("real/story.txt", "Story\n\nA body long enough to differ from the link's own size.");
        File.SetLastWriteTimeUtc(real, new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc));
        File.CreateSymbolicLink(Path.Combine(_seeds.Path, "alias.txt"), real);

        var alias = Scan().Files.Single(f => f.SourceFile == "alias.txt");

        Assert.Equal(new FileInfo(real).Length, alias.Length);
        Assert.Equal(new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc), alias.LastWriteUtc);
    }

    [Fact]
    public void Scan_LinkToNothing_ListedSoThatReadingItSaysWhy()
    {
        File.CreateSymbolicLink(Path.Combine(_seeds.Path, "nowhere.txt"), Path.Combine(_seeds.Path, "missing.txt"));

        var result = Scan();

        Assert.Equal("nowhere.txt", Assert.Single(result.Files).SourceFile);
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void Scan_ManyFiles_EachWithItsOwnSizeAndTimeInPathOrder()
    {
        var written = Enumerable.Range(0, 700).Select(i =>
        {
            var path = _seeds.Write($"{i:d4}.txt", $"Story {i}\n\n{new string('x', i)}");
            File.SetLastWriteTimeUtc(path, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i));
            return (Name: $"{i:d4}.txt", Length: new FileInfo(path).Length, Time: new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i));
        }).ToList();

        var files = Scan().Files;

        Assert.Equal(written.Select(w => w.Name), files.Select(f => f.SourceFile));
        Assert.Equal(written.Select(w => w.Length), files.Select(f => f.Length));
        Assert.Equal(written.Select(w => w.Time), files.Select(f => f.LastWriteUtc));
    }

    [Fact]
    public void Scan_MoreFilesThanLimit_FirstInPathOrderKeptRestReported()
    {
        for (var i = 0; i < 5; i++)
        {
            _seeds.Write($"{i}.txt", $"Story {i}\n\nBody.");
        }

        var result = Scan(new SeedsOptions { MaxFiles = 3 });

        Assert.Equal(["0.txt", "1.txt", "2.txt"], result.Files.Select(f => f.SourceFile));
        Assert.Equal(["3.txt", "4.txt"], result.Rejected.Select(r => r.SourceFile));
        Assert.All(result.Rejected, r => Assert.Contains("Seeds:MaxFiles", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_TotalBytesOverLimit_LaterFilesReported()
    {
        _seeds.Write("a.txt", new string('a', 600));
        _seeds.Write("b.txt", new string('b', 600));
        _seeds.Write("c.txt", new string('c', 300));

        var result = Scan(new SeedsOptions { MaxTotalBytes = 1000 });

        Assert.Equal(["a.txt", "c.txt"], result.Files.Select(f => f.SourceFile));
        Assert.Contains("Seeds:MaxTotalBytes", Assert.Single(result.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_HiddenFilesAndFolders_Skipped()
    {
        _seeds.Write("visible.txt", "V\n\nB.");
        _seeds.Write(".hidden.txt", "H\n\nB.");
        _seeds.Write(".newsreader/permalinks.tsv", "x\ty");

        Assert.Equal(["visible.txt"], Scan().Files.Select(f => f.SourceFile));
    }

    [Fact]
    public void Scan_BackslashInAName_KeptApartFromTheFolderPath()
    {
        _seeds.Write("a\\b.txt", "Top\n\nBody.");
        _seeds.Write("a/b.txt", "Nested\n\nBody.");

        Assert.Equal(["a/b.txt", "a\\b.txt"], Scan().Files.Select(f => f.SourceFile));
    }

    [Fact]
    public void Scan_FolderLinkToTheRoot_NotFollowed()
    {
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, "rootlink"), "/");
        _seeds.Write("inside.txt", "I\n\nB.");

        var result = Scan();

        Assert.Equal(["inside.txt"], result.Files.Select(f => f.SourceFile));
        Assert.Contains(result.Rejected, r => r.SourceFile == "rootlink");
    }
}

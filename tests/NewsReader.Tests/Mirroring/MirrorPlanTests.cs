using NewsReader.Ingestion;
using NewsReader.Mirroring;

namespace NewsReader.Tests.Mirroring;

public sealed class MirrorPlanTests
{
    private static readonly SeedsOptions Limits = new() { MaxFileBytes = 1000, MaxHtmlFileBytes = 5000 };

    private static StoredObject Object(string key, string etag = "e1", long size = 10) => new() { Key = key, ETag = etag, Size = size };

    private static MirrorEntry Entry(string path, string etag = "e1", long size = 10) => new() { Key = path, ETag = etag, Size = size, Path = path };

    private static MirrorPlan Plan(IEnumerable<StoredObject> listing, IEnumerable<MirrorEntry> manifest, Func<string, long?>? localSize = null, SeedsOptions? limits = null) =>
        MirrorPlan.Create(listing, "", new MirrorManifest(manifest), localSize ?? (_ => 10), limits ?? Limits);

    [Fact]
    public void Create_NewObject_Downloaded()
    {
        var plan = Plan([Object("a.txt")], [], _ => null);

        Assert.Equal("a.txt", Assert.Single(plan.Downloads).Path);
        Assert.Empty(plan.Deletions);
    }

    [Fact]
    public void Create_SameETagAndCopyOnDisk_Kept()
    {
        var plan = Plan([Object("a.txt")], [Entry("a.txt")]);

        Assert.Empty(plan.Downloads);
        Assert.Equal("a.txt", Assert.Single(plan.Kept).Path);
    }

    [Fact]
    public void Create_ChangedETag_DownloadedAgain()
    {
        var plan = Plan([Object("a.txt", etag: "e2")], [Entry("a.txt")]);

        Assert.Equal("e2", Assert.Single(plan.Downloads).Object.ETag);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(11L)]
    public void Create_CopyMissingOrEditedOnDisk_DownloadedAgain(long? sizeOnDisk)
    {
        var plan = Plan([Object("a.txt")], [Entry("a.txt")], _ => sizeOnDisk);

        Assert.Single(plan.Downloads);
    }

    [Fact]
    public void Create_ObjectGone_OnlyItsManifestEntryDeleted()
    {
        var plan = Plan([Object("b.txt")], [Entry("a.txt"), Entry("b.txt")]);

        Assert.Equal("a.txt", Assert.Single(plan.Deletions).Path);
    }

    [Fact]
    public void Create_EmptyManifest_DeletesNothing()
    {
        var plan = Plan([], []);

        Assert.Empty(plan.Deletions);
    }

    [Theory]
    [InlineData("story.md", 1001, "Seeds:MaxFileBytes")]
    [InlineData("page.html", 5001, "Seeds:MaxHtmlFileBytes")]
    [InlineData("photo.jpg", 5001, "Seeds:MaxHtmlFileBytes")]
    public void Create_OverTheSizeLimit_SkippedNamingTheSetting(string key, long size, string setting)
    {
        var plan = Plan([Object(key, size: size)], [], _ => null);

        Assert.Empty(plan.Downloads);
        Assert.Contains(setting, Assert.Single(plan.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ObjectGrewOverTheLimit_SkippedAndOldCopyKeptNotDeleted()
    {
        var plan = Plan([Object("story.md", etag: "e2", size: 2000)], [Entry("story.md")]);

        Assert.Empty(plan.Downloads);
        Assert.Empty(plan.Deletions);
        Assert.Equal("e1", Assert.Single(plan.Kept).ETag);
    }

    [Fact]
    public void Create_UnsafeKeyAndFolderMarker_OnlyTheUnsafeKeyReported()
    {
        var plan = Plan([Object("../evil.txt"), Object("world/"), Object("world/a.txt")], [], _ => null);

        Assert.Equal("world/a.txt", Assert.Single(plan.Downloads).Path);
        Assert.Equal("../evil.txt", Assert.Single(plan.Skipped).Key);
    }

    [Fact]
    public void Create_MoreObjectsThanMaxFiles_RestSkippedInKeyOrder()
    {
        var plan = Plan([Object("c.txt"), Object("a.txt"), Object("b.txt")], [], _ => null, new SeedsOptions { MaxFiles = 2 });

        Assert.Equal(["a.txt", "b.txt"], plan.Downloads.Select(d => d.Path));
        Assert.Contains("Seeds:MaxFiles", Assert.Single(plan.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PrefixStripped_PathsRelativeToIt()
    {
        var plan = MirrorPlan.Create([Object("news/world/a.txt")], "news/", MirrorManifest.Empty, _ => null, Limits);

        Assert.Equal("world/a.txt", Assert.Single(plan.Downloads).Path);
    }
}

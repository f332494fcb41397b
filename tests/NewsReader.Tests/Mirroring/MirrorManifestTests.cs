using NewsReader.Mirroring;

namespace NewsReader.Tests.Mirroring;

public sealed class MirrorManifestTests
{
    private static readonly MirrorEntry Story = new() { Key = "news/world/story.txt", ETag = "abc123", Size = 42, Path = "world/story.txt" };

    [Fact]
    public void Parse_WrittenLines_GivesTheSameEntries()
    {
        var lines = new MirrorManifest([Story, Story with { Key = "news/b.md", Path = "b.md", ETag = "e2", Size = 0 }]).ToLines().ToArray();

        var parsed = MirrorManifest.Parse(lines, out var error);

        Assert.Null(error);
        Assert.NotNull(parsed);
        Assert.Equal(2, parsed.Entries.Count);
        Assert.Equal(Story, parsed.Entries["world/story.txt"]);
        Assert.Equal("e2", parsed.Entries["b.md"].ETag);
    }

    [Fact]
    public void Parse_NoFile_Empty()
    {
        var parsed = MirrorManifest.Parse(null, out var error);

        Assert.Null(error);
        Assert.NotNull(parsed);
        Assert.Empty(parsed.Entries);
    }

    [Theory]
    [InlineData(new[] { "not the header" }, "first line")]
    [InlineData(new string[0], "first line")]
    [InlineData(new[] { MirrorManifest.Header, "key\tetag\t42" }, "line 2 has 3 fields")]
    [InlineData(new[] { MirrorManifest.Header, "key\tetag\tbig\tstory.txt" }, "'big' for a size")]
    [InlineData(new[] { MirrorManifest.Header, "key\tetag\t-1\tstory.txt" }, "'-1' for a size")]
    [InlineData(new[] { MirrorManifest.Header, "\tetag\t1\tstory.txt" }, "empty key")]
    [InlineData(new[] { MirrorManifest.Header, "key\tetag\t1\t../../etc/passwd" }, "not allowed")]
    [InlineData(new[] { MirrorManifest.Header, "key\tetag\t1\t/etc/passwd" }, "not allowed")]
    [InlineData(new[] { MirrorManifest.Header, "key\tetag\t1\t.newsreader/permalinks.tsv" }, "not allowed")]
    [InlineData(new[] { MirrorManifest.Header, "a\te\t1\tstory.txt", "b\te\t1\tstory.txt" }, "line 3 names 'story.txt' a second time")]
    public void Parse_Corrupt_RejectedWholeWithReason(string[] lines, string reason)
    {
        Assert.Null(MirrorManifest.Parse(lines, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}

using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Hostile;

/// <summary>
/// An editor's save caught halfway must never be what readers see. The settle time is a minute
/// here and file times are set rather than slept through: a write "two hours ago" has settled,
/// one "now" has not. A second file written after the torn one tells when a reload has seen both.
/// </summary>
public sealed class TornWriteTests : IDisposable
{
    private const string Whole = "Rewritten story\n\nThe first paragraph, whole and complete.\n\nThe second paragraph.";
    private static readonly TimeSpan LongAgo = TimeSpan.FromHours(2);

    private readonly SeedsFolder _seeds = new();
    private readonly NewsReaderFactory _factory;
    private readonly HttpClient _client;

    public TornWriteTests()
    {
        Write("story.txt", Whole, LongAgo);
        _factory = new NewsReaderFactory(_seeds, new Dictionary<string, string?> { ["Seeds:SettleMilliseconds"] = "60000" });
        _client = _factory.CreateNonRedirectingClient();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private void Write(string name, string text, TimeSpan ago)
    {
        _seeds.With(name, text);
        File.SetLastWriteTimeUtc(Path.Combine(_seeds.Path, name), DateTime.UtcNow - ago);
    }

    private async Task<string?> FirstParagraphAsync() =>
        (await Html.ParseAsync(await _client.GetAsync(new Uri("/articles/rewritten-story", UriKind.Relative)))).QuerySelector(".article-body p")?.TextContent;

    [Fact]
    public async Task FileHalfRewritten_NeverPublishedTorn_ThenTheSettledVersionIs()
    {
        Write("story.txt", "Rewritten story\n\nThe first para", TimeSpan.Zero);
        Write("marker.txt", "Marker story\n\nWritten after the torn file.", LongAgo);

        await _factory.WaitForSnapshotAsync(s => s.FindBySlug("marker-story") is not null);

        Assert.Equal("The first paragraph, whole and complete.", await FirstParagraphAsync());

        Write("story.txt", Whole.Replace("whole and complete", "rewritten in full", StringComparison.Ordinal), LongAgo);
        await _factory.WaitForSnapshotAsync(s => s.FindBySlug("rewritten-story")?.Standfirst == "The first paragraph, rewritten in full.");

        Assert.Equal("The first paragraph, rewritten in full.", await FirstParagraphAsync());
    }

    [Fact]
    public async Task NewFileHalfWritten_NotListedUntilSettled()
    {
        Write("late.txt", "Late story\n\nHalf of its first parag", TimeSpan.Zero);
        Write("marker.txt", "Marker story\n\nWritten after the torn file.", LongAgo);

        var snapshot = await _factory.WaitForSnapshotAsync(s => s.FindBySlug("marker-story") is not null);

        Assert.DoesNotContain(snapshot.Articles, a => a.SourceFile == "late.txt");
        Assert.DoesNotContain(snapshot.Rejected, r => r.SourceFile == "late.txt");
        var front = await Html.ParseAsync(await _client.GetAsync(new Uri("/", UriKind.Relative)));
        Assert.DoesNotContain("Late story", front.Texts(".article-list h2"));
    }
}

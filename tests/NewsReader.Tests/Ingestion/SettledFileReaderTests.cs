using NewsReader.Ingestion;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

public sealed class SettledFileReaderTests : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private readonly TempFolder _seeds = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _seeds.Dispose();

    private SeedFile Write(string name, string text, DateTimeOffset written)
    {
        var path = _seeds.Write(name, text);
        File.SetLastWriteTimeUtc(path, written.UtcDateTime);
        var info = new FileInfo(path);
        return new SeedFile(name, path, info.Length, info.LastWriteTimeUtc);
    }

    [Fact]
    public async Task ReadAsync_OldFile_ReadAtOnce()
    {
        var reader = new SettledFileReader(_clock, Settle);
        var file = Write("old.txt", "Whole\n\nBody.", _clock.GetUtcNow() - Settle);

        Assert.NotNull(await reader.ReadAsync(file, CancellationToken.None));
        Assert.Null(reader.RetryAfter);
    }

    [Fact]
    public async Task ReadAsync_JustWritten_SkippedUntilItHasStoodStillForTheSettleTime()
    {
        var reader = new SettledFileReader(_clock, Settle);
        var file = Write("fresh.txt", "Half of a", _clock.GetUtcNow());

        Assert.Null(await reader.ReadAsync(file, CancellationToken.None));
        Assert.Equal(Settle, reader.RetryAfter);

        _clock.Advance(Settle);
        Assert.Equal("Half of a"u8.ToArray(), await reader.ReadAsync(file, CancellationToken.None));
        Assert.Null(reader.RetryAfter);
    }

    [Fact]
    public async Task ReadAsync_ChangedSinceTheScan_Skipped()
    {
        var reader = new SettledFileReader(_clock, Settle);
        var scanned = Write("moving.txt", "Half", _clock.GetUtcNow() - Settle);
        Write("moving.txt", "Half and the rest", _clock.GetUtcNow() - Settle);

        Assert.Null(await reader.ReadAsync(scanned, CancellationToken.None));
        Assert.NotNull(reader.RetryAfter);
    }

    [Fact]
    public async Task ReadAsync_TimeInTheFuture_ReadOnceSeenUnchangedForTheSettleTime()
    {
        var reader = new SettledFileReader(_clock, Settle);
        var file = Write("skewed.txt", "From a fast clock", _clock.GetUtcNow().AddDays(1));

        Assert.Null(await reader.ReadAsync(file, CancellationToken.None));
        _clock.Advance(Settle);

        Assert.NotNull(await reader.ReadAsync(file, CancellationToken.None));
    }

    [Fact]
    public async Task Forget_DeletedFile_NoLongerWaitedFor()
    {
        var reader = new SettledFileReader(_clock, Settle);
        Assert.Null(await reader.ReadAsync(Write("gone.txt", "x", _clock.GetUtcNow()), CancellationToken.None));

        reader.Forget(_ => false);

        Assert.Null(reader.RetryAfter);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>
/// Waits for a value the page computes (a colour, a size) to satisfy a condition, the way
/// Playwright's assertions wait for the DOM. The caller asserts on what comes back, so a
/// failure reports the last value seen rather than a bare timeout.
/// </summary>
public static class Poll
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow >= deadline)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}

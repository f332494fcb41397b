using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace NewsReader.Web.Tests.Infrastructure;

/// <summary>Keeps the app's log events so tests can assert what the operator would read.</summary>
public sealed class CollectingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();
    private readonly Lock _gate = new();
    private event Action? Emitted;

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent)
    {
        _events.Enqueue(logEvent);
        Action? emitted;
        lock (_gate)
        {
            emitted = Emitted;
        }

        emitted?.Invoke();
    }

    /// <summary>
    /// Waits for an event the app may log after the response has been sent (the exception
    /// handler logs once the error page is written), instead of sleeping and hoping.
    /// </summary>
    public async Task<LogEvent?> WaitForAsync(Func<LogEvent, bool> match, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<LogEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (_events.FirstOrDefault(match) is { } logEvent)
            {
                found.TrySetResult(logEvent);
            }
        }

        lock (_gate)
        {
            Emitted += Check;
        }

        try
        {
            Check();
            return await found.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            lock (_gate)
            {
                Emitted -= Check;
            }
        }
    }
}

using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace NewsReader.Web.Tests.Infrastructure;

/// <summary>Keeps the app's log events so tests can assert what the operator would read.</summary>
public sealed class CollectingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}

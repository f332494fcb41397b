namespace NewsReader.Ingestion;

/// <summary>
/// How far the running load is. The loader's parallel workers count each parsed file with one
/// interlocked increment (nothing allocated, no lock); readers (the progress log, /readyz, the
/// start-up page) take a <see cref="LoadProgressReport"/>. A load runs from <see cref="Begin"/> to
/// <see cref="End"/>; loads never overlap, because the ingestor runs one at a time.
/// </summary>
public sealed class LoadProgress(TimeProvider timeProvider)
{
    /// <summary>The rate is measured over about this much of the recent past, so a slower stretch shows within seconds.</summary>
    internal static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(10);

    /// <summary>Less parsing time than this says too little to estimate from.</summary>
    internal static readonly TimeSpan MinimumSpan = TimeSpan.FromSeconds(1);

    private const int NoLoad = 0;

    // Readers take the samples the rate is measured between, at most one a second; enough are kept
    // to span the window, so the state stays a fixed size however often /readyz is asked.
    private readonly Lock _sampling = new();
    private readonly (long Timestamp, int Parsed)[] _samples = new (long, int)[12];
    private int _sampleCount;
    private int _newest;

    private int _phase;
    private int _found;
    private int _toParse;
    private int _parsed;
    private long _startedTimestamp;
    private long _startedAtTicks;

    /// <summary>Raised on the loading thread when a load begins; handlers must be quick and must not throw.</summary>
    public event Action? LoadStarted;

    /// <summary>Raised on the loading thread when a load ends, published or not.</summary>
    public event Action? LoadFinished;

    public bool IsLoading => Volatile.Read(ref _phase) != NoLoad;

    public void Begin()
    {
        Volatile.Write(ref _found, 0);
        Volatile.Write(ref _toParse, 0);
        Volatile.Write(ref _parsed, 0);
        Volatile.Write(ref _startedTimestamp, timeProvider.GetTimestamp());
        Volatile.Write(ref _startedAtTicks, timeProvider.GetUtcNow().UtcTicks);
        Volatile.Write(ref _phase, (int)LoadPhase.Scanning);
        LoadStarted?.Invoke();
    }

    /// <summary>The scan is done: <paramref name="toParse"/> of the <paramref name="found"/> files are parsed next.</summary>
    public void StartParsing(int found, int toParse)
    {
        Volatile.Write(ref _found, found);
        Volatile.Write(ref _toParse, toParse);
        Volatile.Write(ref _parsed, 0);
        lock (_sampling)
        {
            _samples[0] = (timeProvider.GetTimestamp(), 0);
            _newest = 0;
            _sampleCount = 1;
        }

        EnterPhase(LoadPhase.Parsing);
    }

    /// <summary>Called by parallel workers, once per file read (parsed or rejected).</summary>
    public void FileParsed() => Interlocked.Increment(ref _parsed);

    public void EnterPhase(LoadPhase phase) => Volatile.Write(ref _phase, (int)phase);

    /// <summary>The load is over (published, unchanged or failed); a second call for the same load does nothing.</summary>
    public void End()
    {
        if (Interlocked.Exchange(ref _phase, NoLoad) != NoLoad)
        {
            LoadFinished?.Invoke();
        }
    }

    /// <summary>The figures now, or null when no load is running.</summary>
    public LoadProgressReport? Read()
    {
        var phase = (LoadPhase)Volatile.Read(ref _phase);
        if ((int)phase == NoLoad)
        {
            return null;
        }

        var now = timeProvider.GetTimestamp();
        var toParse = Volatile.Read(ref _toParse);
        var parsed = Math.Min(Volatile.Read(ref _parsed), toParse);
        var perSecond = phase == LoadPhase.Parsing ? RateAt(now, parsed) : null;
        return new LoadProgressReport
        {
            Phase = phase,
            Found = Volatile.Read(ref _found),
            ToParse = toParse,
            Parsed = parsed,
            StartedAt = new DateTimeOffset(Volatile.Read(ref _startedAtTicks), TimeSpan.Zero),
            Elapsed = timeProvider.GetElapsedTime(Volatile.Read(ref _startedTimestamp), now),
            PerSecond = perSecond,
            TimeLeft = perSecond > 0 ? TimeSpan.FromSeconds((toParse - parsed) / perSecond.Value) : null,
        };
    }

    /// <summary>
    /// Files a second between now and the oldest sample inside the window; when the reads are
    /// further apart than the window, the newest sample before it.
    /// </summary>
    private double? RateAt(long now, int parsed)
    {
        lock (_sampling)
        {
            if (_sampleCount == 0)
            {
                return null;
            }

            (long Timestamp, int Parsed)? older = null;
            var oldest = (_newest - _sampleCount + 1 + _samples.Length) % _samples.Length;
            for (var i = 0; i < _sampleCount; i++)
            {
                var sample = _samples[(oldest + i) % _samples.Length];
                var span = timeProvider.GetElapsedTime(sample.Timestamp, now);
                if (span > RateWindow)
                {
                    older = sample;
                    continue;
                }

                if (span >= MinimumSpan)
                {
                    older = sample;
                }

                break;
            }

            if (timeProvider.GetElapsedTime(_samples[_newest].Timestamp, now) >= MinimumSpan)
            {
                _newest = (_newest + 1) % _samples.Length;
                _samples[_newest] = (now, parsed);
                _sampleCount = Math.Min(_sampleCount + 1, _samples.Length);
            }

            return older is { } from ? (parsed - from.Parsed) / timeProvider.GetElapsedTime(from.Timestamp, now).TotalSeconds : null;
        }
    }
}

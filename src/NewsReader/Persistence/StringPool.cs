namespace NewsReader.Persistence;

/// <summary>
/// One string for each name the restored articles repeat (topics, tags, authors, sites, languages),
/// as parsing shares them: 100,000 articles name far fewer distinct topics. Lives for one read.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    public string? ShareOptional(string? value) => value is null ? null : Share(value);

    public string Share(string value) => _strings.TryGetValue(value, out var shared) ? shared : Add(value);

    private string Add(string value)
    {
        _strings.Add(value);
        return value;
    }
}

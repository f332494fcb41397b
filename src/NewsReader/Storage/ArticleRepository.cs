namespace NewsReader.Storage;

/// <summary>
/// Holds the current <see cref="ArticleSnapshot"/>. Publishing is a single reference swap, so a
/// request sees either the old snapshot or the new one, never a mixture, and no reader locks.
/// </summary>
public sealed class ArticleRepository
{
    private ArticleSnapshot _current = ArticleSnapshot.Empty;

    public ArticleSnapshot Current => Volatile.Read(ref _current);

    /// <summary>True once the first load has been published.</summary>
    public bool IsLoaded { get; private set; }

    public void Publish(ArticleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Volatile.Write(ref _current, snapshot);
        IsLoaded = true;
    }
}

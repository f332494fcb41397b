namespace NewsReader.Parsing;

/// <summary>
/// Keeps a page's published and updated dates only when they can be true: none before the web
/// (1991) or far in the future (a placeholder such as 9999-12-31), and an update never before the
/// publication. When the two disagree the update is dropped: publication is the date readers sort
/// by, and a page's "modified" field is the one templates most often fill with a build time.
/// </summary>
public static class PublicationDates
{
    private static readonly DateTimeOffset Earliest = new(1991, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static (DateTimeOffset? Published, DateTimeOffset? Updated) Reconcile(DateTimeOffset? published, DateTimeOffset? updated)
    {
        published = Possible(published);
        updated = Possible(updated);
        return published is { } p && updated is { } u && u < p ? (p, null) : (published, updated);
    }

    private static DateTimeOffset? Possible(DateTimeOffset? date) => date is { } d && d >= Earliest && d < Latest ? d : null;
}

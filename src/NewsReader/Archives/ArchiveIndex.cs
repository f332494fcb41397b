using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Archives;

/// <summary>
/// The snapshot's dated articles by month, built once per snapshot from its articles alone (so it
/// holds no more months than they have). Undated articles are in no month: a date is never
/// guessed, so they are simply not in the archive.
/// </summary>
public sealed class ArchiveIndex
{
    private readonly FrozenDictionary<ArchiveMonth, int> _positions;

    /// <param name="articles">In the snapshot's order: newest first, undated last.</param>
    public ArchiveIndex(ImmutableArray<Article> articles)
    {
        var byMonth = new Dictionary<ArchiveMonth, ImmutableArray<Article>.Builder>();
        foreach (var article in articles)
        {
            if (article.Published is { } published)
            {
                var month = ArchiveMonth.Of(published);
                if (!byMonth.TryGetValue(month, out var list))
                {
                    byMonth[month] = list = ImmutableArray.CreateBuilder<Article>();
                }

                list.Add(article);
            }
        }

        // Within a month, newest first by the moment of publication, as the front page orders them.
        Months = [.. byMonth
            .OrderByDescending(pair => pair.Key)
            .Select(pair => new MonthArticles(pair.Key, [.. pair.Value.OrderByDescending(a => a.Published)]))];
        _positions = Months.Select((month, position) => KeyValuePair.Create(month.Month, position)).ToFrozenDictionary();
        Years = [.. Months.GroupBy(month => month.Month.Year).Select(year => new ArchiveYear(year.Key, [.. year]))];
    }

    /// <summary>The months that have articles, newest first.</summary>
    public ImmutableArray<MonthArticles> Months { get; }

    /// <summary>The years that have articles, newest first, each with its months.</summary>
    public ImmutableArray<ArchiveYear> Years { get; }

    /// <summary>How many articles the archive holds: those with a publication date.</summary>
    public int Count => Months.Sum(month => month.Articles.Length);

    /// <returns>The month's articles, or null for a month with none (or one no calendar has).</returns>
    public MonthArticles? Find(int year, int month) =>
        ArchiveMonth.IsValid(year, month) && _positions.TryGetValue(new ArchiveMonth(year, month), out var position) ? Months[position] : null;

    /// <summary>The nearest earlier month that has articles, skipping empty ones; null for the oldest.</summary>
    public MonthArticles? Older(ArchiveMonth month) =>
        _positions.TryGetValue(month, out var position) && position + 1 < Months.Length ? Months[position + 1] : null;

    /// <summary>The nearest later month that has articles, skipping empty ones; null for the newest.</summary>
    public MonthArticles? Newer(ArchiveMonth month) =>
        _positions.TryGetValue(month, out var position) && position > 0 ? Months[position - 1] : null;
}

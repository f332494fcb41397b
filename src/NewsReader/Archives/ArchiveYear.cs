using System.Collections.Immutable;

namespace NewsReader.Archives;

/// <summary>A year of the archive: its months that have articles, newest first, and how many articles in all.</summary>
public sealed record ArchiveYear(int Year, ImmutableArray<MonthArticles> Months)
{
    public int Count => Months.Sum(month => month.Articles.Length);
}

using System.Globalization;

namespace NewsReader.Archives;

/// <summary>
/// A calendar month of the archive. An article belongs to the month of its publication date as the
/// site shows it, in the date's own offset: "31 Mar 2024 23:30 −05:00" is March, though it is
/// already April in UTC, because the article page says 31 Mar.
/// </summary>
public readonly record struct ArchiveMonth(int Year, int Month) : IComparable<ArchiveMonth>
{
    public static ArchiveMonth Of(DateTimeOffset published) => new(published.Year, published.Month);

    /// <summary>A month a calendar has: year 1 to 9999, month 1 to 12 (year 0 or month 13 never lead anywhere).</summary>
    public static bool IsValid(int year, int month) => year is >= 1 and <= 9999 && month is >= 1 and <= 12;

    /// <summary>"March 2024": always the site's English, like the rest of its words.</summary>
    public string Name => new DateTime(Year, Month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"March", for a list already under its year.</summary>
    public string MonthName => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(Month);

    public int CompareTo(ArchiveMonth other) => (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(ArchiveMonth left, ArchiveMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(ArchiveMonth left, ArchiveMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(ArchiveMonth left, ArchiveMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ArchiveMonth left, ArchiveMonth right) => left.CompareTo(right) >= 0;
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsReader.Parsing;

/// <summary>
/// Reads a date as sources write it. One with an offset ("2025-06-02T08:00:00+02:00", "…Z")
/// keeps it; one without ("2025-06-02 09:15") is a wall-clock time in the site's time zone, never
/// the server's.
/// </summary>
public static partial class DateValue
{
    public static DateTimeOffset? Parse(string? text, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (HasOffset().IsMatch(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) ? withOffset : null;
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var wallClock))
        {
            return null;
        }

        wallClock = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(wallClock, zone.GetUtcOffset(wallClock));
    }

    // "Z", "+02:00", "+0200", "-05" or an RFC 1123 zone name at the end.
    [GeneratedRegex(@"(Z|[+-]\d{2}(:?\d{2})?|\b(GMT|UTC|UT))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasOffset();
}

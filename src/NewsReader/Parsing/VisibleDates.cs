using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsReader.Parsing;

/// <summary>
/// A calendar day as pages print it beside a headline or byline: "19.11.2021", "19. November 2021",
/// "November 19, 2021", "19 de noviembre de 2021", "2021-11-19", "Mon Oct 11 14:57:21 CEST 2021",
/// with month names in English, German, French, Spanish, Italian, Portuguese and Dutch. A day
/// written with slashes is read only when it cannot be misread (one of its numbers is over 12).
/// </summary>
public static partial class VisibleDates
{
    private static readonly (string Prefix, int Month)[] MonthNames =
    [
        ("jan", 1), ("mrt", 3), ("gen", 1), ("ene", 1), ("janv", 1), ("jän", 1), ("feb", 2), ("fév", 2), ("fev", 2), ("mar", 3), ("mär", 3), ("maa", 3),
        ("apr", 4), ("avr", 4), ("abr", 4), ("may", 5), ("mai", 5), ("mag", 5), ("mei", 5), ("jun", 6), ("juin", 6), ("giu", 6),
        ("jul", 7), ("juil", 7), ("lug", 7), ("aug", 8), ("aoû", 8), ("aou", 8), ("ago", 8), ("sep", 9), ("set", 9), ("oct", 10),
        ("okt", 10), ("ott", 10), ("out", 10), ("nov", 11), ("dec", 12), ("déc", 12), ("dez", 12), ("dic", 12),
    ];

    /// <summary>The first day written in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (Match match in AnyDate().Matches(text))
        {
            if (Read(match) is { } day)
            {
                return day;
            }
        }

        return null;
    }

    private static DateOnly? Read(Match match)
    {
        var groups = match.Groups;
        int year, month, day;
        if (groups["iy"].Success)
        {
            (year, month, day) = (Number(groups["iy"]), Number(groups["im"]), Number(groups["id"]));
        }
        else if (groups["ny"].Success)
        {
            (year, month, day) = (Year(groups["ny"]), Number(groups["nm"]), Number(groups["nd"]));
            if (groups["ns"].Value == "/")
            {
                // 11/19/2021 is American, 19/11/2021 European; 05/06/2021 could be either.
                (month, day) = month > 12 && day <= 12 ? (day, month) : day > 12 ? (month, day) : (0, 0);
            }
        }
        else if (groups["ty"].Success)
        {
            (year, month, day) = (Number(groups["ty"]), Month(groups["tm"].Value), Number(groups["td"]));
        }
        else
        {
            (year, month, day) = (Number(groups["uy"]), Month(groups["um"].Value), Number(groups["ud"]));
        }

        return year is >= 1991 and < 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static int Year(Group group) => Number(group) is var year && group.Value.Length == 2 ? 2000 + year : year;

    private static int Month(string name)
    {
        var lower = name.ToLowerInvariant().TrimEnd('.');
        // "mar" is March, "mars", "marzo", "março" and "maart" too; "mai" May; "juin" June; "juil" July.
        return MonthNames.Where(m => lower.StartsWith(m.Prefix, StringComparison.Ordinal)).OrderByDescending(m => m.Prefix.Length).Select(m => m.Month).FirstOrDefault();
    }

    private const string MonthWord = @"(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|augustus|december|decembre|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|abril|april|avril|enero|julho|julio|junho|junio|maart|march|marzo|março|aout|août|fevr|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|abr|ago|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mrt|nov|oct|okt|ott|out|sep|set)\.?(?!\p{L})";

    [GeneratedRegex(
        @"(?<!\d)(?<iy>(?:19|20)\d{2})[-/.](?<im>\d{1,2})[-/.](?<id>\d{1,2})(?!\d)"
        + @"|(?<!\d)(?<nd>\d{1,2})(?<ns>[./])\s?(?<nm>\d{1,2})\k<ns>\s?(?<ny>(?:19|20)\d{2}|\d{2})(?![\d.]\d)"
        + @"|(?<!\d)(?<td>\d{1,2})(?:\.|º|er|st|nd|rd|th)?\s+(?:de\s+)?(?<tm>" + MonthWord + @")\s*,?\s+(?:de\s+)?(?<ty>(?:19|20)\d{2})(?!\d)"
        + @"|\b(?<um>" + MonthWord + @")\s+(?<ud>\d{1,2})(?:st|nd|rd|th)?,?\s+(?:\d{1,2}:\d{2}(?::\d{2})?\s+\p{Lu}{3,4}\s+)?(?<uy>(?:19|20)\d{2})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate();
}

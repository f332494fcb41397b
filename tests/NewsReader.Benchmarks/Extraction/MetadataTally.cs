using System.Globalization;
using System.Text.Json;
using NewsReader.Articles;

namespace NewsReader.Benchmarks.Extraction;

/// <summary>
/// Metadata agreement on the extraction-eval set, where its entries give <c>title</c>, <c>author</c>
/// and <c>date</c> (a day). Those values are the evaluation set's own reference, noisy in places
/// ("Amber Guetebier  Shares", a site name as author), so the figure is a trend to raise, not a
/// truth; every disagreement is printed for a look. A page not published disagrees on every field.
/// </summary>
internal sealed class MetadataTally
{
    private readonly SortedDictionary<string, (int Agree, int Total)> _fields = new(StringComparer.Ordinal);
    private readonly List<string> _misses = [];

    public void Add(string file, JsonElement reference, Article? article)
    {
        if (Reference(reference, "title") is { } title)
        {
            // Case and typography aside: the reference took some titles after CSS upper-cased them.
            Count("title", file, title, article?.Headline, FieldAgreement.Title(Plain(title), article?.Headline is { } headline ? Plain(headline) : null));
        }

        if (Reference(reference, "author") is { } author)
        {
            Count("byline", file, author, article?.Byline, Names(author) == Names(article?.Byline));
        }

        if (Reference(reference, "date") is { } date)
        {
            var published = article?.Published;
            var day = published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Count("published", file, date, day, day == date || published?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == date);
        }
    }

    public void Print(bool misses)
    {
        foreach (var (field, (agree, total)) in _fields)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"metadata {field,-10} {agree}/{total}  {(double)agree / total:P1}"));
        }

        if (misses)
        {
            _misses.ForEach(Console.WriteLine);
        }
    }

    private void Count(string field, string file, string expected, string? actual, bool agrees)
    {
        var (agree, total) = _fields.GetValueOrDefault(field);
        _fields[field] = (agree + (agrees ? 1 : 0), total + 1);
        if (!agrees)
        {
            _misses.Add($"  {field,-10} {file}: want '{expected}', got '{actual}'");
        }
    }

    private static string? Reference(JsonElement page, string name) =>
        page.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && FieldAgreement.Collapse(value.GetString()) is { Length: > 0 } text ? text : null;

    private static string Plain(string text) => text.ToUpperInvariant()
        .Replace('‘', '\'').Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace('„', '"').Replace('«', '"').Replace('»', '"')
        .Replace('–', '-').Replace('—', '-');

    /// <summary>Names compared as a set, case aside: "Jane Doe and John Roe" is "John Roe, Jane Doe".</summary>
    private static string Names(string? byline)
    {
        var text = FieldAgreement.Collapse(byline);
        text = text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? text[3..] : text;
        var names = text.Split([",", ";", " and ", " & ", " und ", " y ", " et ", " e "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join('|', names.Select(Plain).Order(StringComparer.Ordinal));
    }
}

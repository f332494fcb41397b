namespace NewsReader.Web.Pages;

/// <summary>
/// How the pages of one list link to each other: <c>rel=prev/next</c> in the head
/// (<c>_PagerLinks</c>) and the pager under the list (<c>_Pager</c>). Every paged list (the front
/// page, a topic, every topic, search results) renders both from one of these.
/// </summary>
/// <param name="UrlOf">The address of a page, by number.</param>
/// <param name="Label">The pager's accessible name.</param>
/// <param name="Previous">The link text towards page 1.</param>
/// <param name="Next">The link text away from page 1.</param>
public sealed record Pager(int Number, int TotalPages, Func<int, string> UrlOf, string Label, string Previous, string Next)
{
    /// <summary>A search with no results has no pages, so not even page 1 comes before its page 2.</summary>
    public bool HasPrevious => Number > 1 && TotalPages > 0;

    public bool HasNext => Number < TotalPages;

    /// <summary>
    /// What a page after the first adds to its list's name, in the h1 and the title alike
    /// ("Latest articles – page 2"): every page of a list otherwise reads the same, in a tab, in
    /// history and to a screen reader.
    /// </summary>
    public string NumberSuffix => SuffixFor(Number);

    /// <inheritdoc cref="NumberSuffix"/>
    public static string SuffixFor(int number) =>
        number > 1 ? $" – page {number.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "";
}

using System.Text;

namespace NewsReader.Tests.Parsing.Html;

/// <summary>Small hand-written saved pages (made-up content, .example domains) for the HTML extraction tests.</summary>
internal static class SavedPage
{
    public const string Title = "Harbour ferry returns after winter repairs";

    /// <summary>Four paragraphs of ordinary article text, long enough for Readability to pick them.</summary>
    public const string Story =
        "<p>The harbour ferry returned to service on Monday morning after eleven weeks of repairs at the boatyard in Westhaven, carrying more than two hundred passengers on its first crossing of the day.</p>" +
        "<p>Engineers replaced both engines and the steering gear, which had failed twice during the autumn storms, and the hull was repainted in the company's original green and cream colours.</p>" +
        "<p>Commuters who had been driving the long way around the estuary said the return would save them nearly an hour each day, and several shop owners on the quay reported busier mornings at once.</p>" +
        "<p>The operator says the timetable will stay the same until the summer, when two extra evening crossings are planned if the number of passengers keeps rising as it did last year.</p>";

    public static string Page(string body, string head = "") =>
        $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Title}</title>{head}</head><body>{body}</body></html>";

    /// <summary>A page of the given size whose weight is all scripts, styles and icons around <paramref name="article"/>.</summary>
    public static string Heavy(string article, int bytes)
    {
        var padding = new StringBuilder();
        while (padding.Length < bytes)
        {
            padding.Append("<script>window.__state={\"teasers\":[\"<p>Never shown</p>\"],\"n\":").Append(padding.Length).Append("};</script>")
                .Append("<style>.card-").Append(padding.Length).Append("{display:flex;margin:0 auto}</style>")
                .Append("<svg viewBox=\"0 0 24 24\"><title>Share icon</title><path d=\"M12 2L2 7l10 5 10-5z\"/></svg>\n");
        }

        return Page($"<header><a href=\"/\">The Harbour Times</a></header>{padding}<article><h1>{Title}</h1>{article}</article>{padding}");
    }
}

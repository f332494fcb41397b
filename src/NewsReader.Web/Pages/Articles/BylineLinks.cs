using System.Collections.Immutable;
using Microsoft.AspNetCore.Html;
using NewsReader.Archives;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Pages.Articles;

/// <summary>
/// The names of a byline joined as the parser joined them ("A, B and C"), each one that has an
/// author page linked to it. Written as one run of HTML: Razor would put the whitespace of its
/// markup between a name and the comma after it.
/// </summary>
public static class BylineLinks
{
    public static IHtmlContent Of(ImmutableArray<(string Name, Author? Author)> names)
    {
        var html = new HtmlContentBuilder();
        for (var i = 0; i < names.Length; i++)
        {
            if (i > 0)
            {
                html.Append(i == names.Length - 1 ? " and " : ", ");
            }

            var (name, author) = names[i];
            if (author is null)
            {
                html.Append(name);
            }
            else
            {
                // Append encodes: the address and the name are both safe in an attribute and as text.
                html.AppendHtml("<a class=\"author-link\" href=\"").Append(SitePaths.Author(author.Slug)).AppendHtml("\">")
                    .Append(name).AppendHtml("</a>");
            }
        }

        return html;
    }
}

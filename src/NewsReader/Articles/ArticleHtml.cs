using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NewsReader.Articles;

/// <summary>Renders plain-text blocks as HTML. Every character of the text is encoded, so the output is safe by construction.</summary>
public static class ArticleHtml
{
    // Encode markup-significant characters only; curly quotes and accented names stay readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="blocks">The body, in order.</param>
    /// <param name="standfirst">When the first paragraph is the standfirst, it is marked so pages can style it as the lead.</param>
    public static string Render(IEnumerable<ArticleBlock> blocks, string? standfirst)
    {
        ArgumentNullException.ThrowIfNull(blocks);

        var html = new StringBuilder();
        var first = true;
        foreach (var block in blocks)
        {
            var text = block.Text;
            var isLead = first && standfirst is not null && text == standfirst;
            html.Append(isLead ? "<p class=\"standfirst\">" : Quotations.IsSetApart(text) ? "<p class=\"quote\">" : "<p>")
                .Append(Encoder.Encode(text))
                .Append("</p>\n");
            first = false;
        }

        return html.ToString();
    }
}

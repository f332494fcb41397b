using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsReader.Articles;
using NewsReader.Images;
using NewsReader.Parsing;

namespace NewsReader.Ingestion;

/// <summary>
/// Gives every picture from another site in a parsed article the address
/// <see cref="IRemoteImageAddresses"/> chooses, or takes it out (with a figure left holding only
/// its caption), so the stored HTML never makes a reader's browser call a third party.
/// </summary>
public static class RemoteImageRewrite
{
    [ThreadStatic]
    private static HtmlParser? _parser;

    public static Article Apply(Article article, IRemoteImageAddresses addresses)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(addresses);
        var lead = article.LeadImage;
        if (UrlClassifier.Classify(lead) == UrlKind.Remote)
        {
            lead = UrlClassifier.ToAbsolute(lead) is { } uri ? addresses.AddressFor(uri) : null;
        }

        // Plain text renders its body on demand and never holds an image: reading BodyHtml would render it.
        var body = article.Format == ArticleFormat.PlainText ? null : Rewrite(article.BodyHtml, addresses);
        if (body is not null)
        {
            return article with { LeadImage = lead, BodyHtml = body };
        }

        return ReferenceEquals(lead, article.LeadImage) ? article : article with { LeadImage = lead };
    }

    /// <returns>The rewritten HTML, or null when it holds no remote image (the common case, decided without parsing).</returns>
    public static string? Rewrite(string html, IRemoteImageAddresses addresses)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(addresses);
        if (!html.Contains("<img", StringComparison.OrdinalIgnoreCase)
            || (!html.Contains("http", StringComparison.OrdinalIgnoreCase) && !html.Contains("//", StringComparison.Ordinal)))
        {
            return null;
        }

        var document = (_parser ??= new HtmlParser()).ParseDocument("<body>" + html + "</body>");
        var changed = false;
        foreach (var image in document.Body!.QuerySelectorAll("img").ToList())
        {
            var src = image.GetAttribute("src");
            if (UrlClassifier.Classify(src) != UrlKind.Remote)
            {
                continue;
            }

            changed = true;
            if (UrlClassifier.ToAbsolute(src) is { } uri && addresses.AddressFor(uri) is { } address)
            {
                image.SetAttribute("src", address);
            }
            else
            {
                Remove(image);
            }
        }

        return changed ? document.Body.InnerHtml : null;
    }

    /// <summary>Takes the image out, and the figure or link around it when nothing but a caption would be left.</summary>
    private static void Remove(IElement image)
    {
        var parent = image.ParentElement;
        image.Remove();
        while (parent is not null && parent.LocalName is "figure" or "a" or "picture" && IsEmptyOfContent(parent))
        {
            var next = parent.ParentElement;
            parent.Remove();
            parent = next;
        }
    }

    private static bool IsEmptyOfContent(IElement element) =>
        element.ChildNodes.All(node => node switch
        {
            IElement { LocalName: "figcaption" } => element.LocalName == "figure",
            IElement => false,
            _ => string.IsNullOrWhiteSpace(node.TextContent),
        });
}

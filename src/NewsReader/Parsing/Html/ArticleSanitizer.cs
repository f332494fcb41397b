using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Makes article HTML from any source safe to put in a page: an allow-list of text and structure
/// elements, no scripts, event handlers, forms, frames, styles or classes, URLs only over http(s)
/// and mailto (data: only for raster images). Ids are prefixed so an article cannot take over the
/// page's own ids, external links open without handing the page over, and relative image paths go
/// through the caller's resolver (or are dropped). Pictures keep their <c>figure</c>, caption and
/// credit (<c>span class="credit"</c>, the one class kept), load lazily, and carry only numeric sizes;
/// another site's picture stays as its absolute address for the rewrite after parsing to decide.
/// Headings are renumbered to start at h2 without gaps (<see cref="HeadingOutline"/>), and tables
/// and code listings framed to scroll sideways (<see cref="ScrollingBlocks"/>).
/// </summary>
public static class ArticleSanitizer
{
    /// <summary>Prefix for every id in an article body; in-page links are rewritten to match.</summary>
    public const string IdPrefix = "sec-";

    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small",
        "mark", "q", "cite", "abbr", "code", "pre", "kbd", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
        "figure", "figcaption", "img", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "a",
        "span", "div", "section", "time", "del", "ins", "article", "header", "main",
    ];

    private static readonly string[] Attributes =
    [
        "href", "src", "alt", "title", "id", "colspan", "rowspan", "datetime", "width", "height", "lang", "dir", "scope", "start", "reversed",
        "loading", "decoding", "class",
    ];

    /// <summary>The one class an article keeps: a photo credit, styled apart from its caption.</summary>
    public const string CreditClass = "credit";

    [ThreadStatic]
    private static HtmlParser? _parser;

    private static readonly string[] RasterImageTypes = ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"];

    /// <param name="html">Untrusted HTML.</param>
    /// <param name="resolveRelative">Maps a relative URL (an image beside the file) to one the site serves, or null to drop it.</param>
    /// <param name="images">Where pictures are shown from, when the caller resolves them (and wants local sizes); else <paramref name="resolveRelative"/>.</param>
    public static string Sanitize(string html, Func<string, string?>? resolveRelative = null, ImageSources? images = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        // A sanitizer per call: its events capture the resolver, and building one is cheap next to
        // parsing. The parser is kept per thread: making one (with its CSS setup) cost a third of
        // sanitizing a short article.
        var sanitizer = new HtmlSanitizer { HtmlParserFactory = ThreadParser };
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedTags.UnionWith(Tags);
        // A page has one h1, the headline: an article's own h1 becomes an h2 (HeadingOutline, below).
        sanitizer.AllowedTags.Add("h1");
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.UnionWith(Attributes);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowedClasses.Clear();
        sanitizer.AllowedClasses.Add(CreditClass);
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto", "data"]);
        sanitizer.AllowDataAttributes = false;
        sanitizer.KeepChildNodes = false;

        // Every URL is read as a browser reads it (UrlClassifier), not as Uri does: on Linux Uri takes
        // "//host/t.png" for a file path, and such images went out to feeds and the API untouched.
        sanitizer.FilterUrl += (_, e) =>
        {
            var url = UrlClassifier.Normalize(e.OriginalUrl);
            var isImage = e.Tag is { LocalName: "img" };
            e.SanitizedUrl = UrlClassifier.Classify(url) switch
            {
                UrlKind.Data when isImage && RasterImageTypes.Any(type => url.StartsWith(type, StringComparison.OrdinalIgnoreCase)) => url,
                UrlKind.Remote or UrlKind.Local when isImage && images is not null => images.Resolve(url),
                UrlKind.Remote when isImage => UrlClassifier.ToAbsolute(url)?.AbsoluteUri,
                UrlKind.Remote or UrlKind.Fragment => url,
                UrlKind.Mail => e.SanitizedUrl,
                UrlKind.Local => resolveRelative?.Invoke(url),
                _ => null,
            };
        };
        var bereft = new List<IElement>();
        sanitizer.PostProcessNode += (_, e) => Adjust(e.Node, images, bereft);
        sanitizer.PostProcessDom += (_, e) =>
        {
            Figures.RemoveEmpty(bereft);
            if (e.Document.Body is { } body)
            {
                HeadingOutline.Normalize(body);
                ScrollingBlocks.Wrap(body);
            }
        };
        return sanitizer.Sanitize(html);
    }

    /// <summary>
    /// A picture without a usable address would show as a broken icon: it goes (and its caption with
    /// it, see <see cref="Figures"/>). Sizes stay only as pixel numbers, so the page keeps its place
    /// while pictures load, and every body picture loads lazily and decodes off the main thread.
    /// </summary>
    /// <returns>False when the picture cannot be shown.</returns>
    private static bool AdjustImage(IElement image, ImageSources? images)
    {
        var src = image.GetAttribute("src");
        if (string.IsNullOrWhiteSpace(src))
        {
            return false;
        }

        foreach (var name in (string[])["width", "height"])
        {
            if (image.GetAttribute(name) is { } value && !(value.Length is > 0 and <= 5 && value.All(char.IsAsciiDigit)))
            {
                image.RemoveAttribute(name);
            }
        }

        if ((image.GetAttribute("width") is null || image.GetAttribute("height") is null) && images?.SizeOf(src) is var (width, height))
        {
            image.SetAttribute("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            image.SetAttribute("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        image.RemoveAttribute("class");
        image.SetAttribute("loading", "lazy");
        image.SetAttribute("decoding", "async");
        return true;
    }

    private static HtmlParser ThreadParser() => _parser ??= HtmlSanitizer.DefaultHtmlParserFactory();

    private static void Adjust(INode node, ImageSources? images, List<IElement> bereft)
    {
        if (node is not IElement element)
        {
            return;
        }

        if (element.LocalName == "img")
        {
            if (!AdjustImage(element, images))
            {
                if (element.Closest("figure") is { } figure)
                {
                    bereft.Add(figure);
                }

                element.Remove();
            }

            return;
        }

        // Allowed for pictures only; on anything else they mean nothing, or a frame's loading.
        element.RemoveAttribute("loading");
        element.RemoveAttribute("decoding");

        if (element.Id is { Length: > 0 } id && !id.StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            element.Id = IdPrefix + id;
        }

        if (element.LocalName == "a" && element.GetAttribute("href") is { } href)
        {
            if (href.StartsWith('#') && href.Length > 1)
            {
                element.SetAttribute("href", "#" + IdPrefix + href[1..]);
            }
            else if (UrlClassifier.Classify(href) == UrlKind.Remote)
            {
                element.SetAttribute("rel", "noopener noreferrer");
            }
        }
    }
}

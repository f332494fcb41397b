using System.Globalization;
using AngleSharp.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Decides, before Readability reads the page, which pictures are the article's photos, and where
/// each is shown from (<see cref="ImageSources"/>). Not photos: icons, avatars and tracking pixels
/// (a side of 50 pixels or less, or named so), and thumbnails inside links to other articles
/// (teasers). A picture that goes takes its caption and credit with it; a kept figure's credit is
/// marked as such and moved into its caption, where the page shows it.
/// </summary>
public static class ArticlePhotos
{
    private const int TinySide = 50;

    private static readonly string[] NotPhotoWords = ["avatar", "gravatar", "icon", "emoji", "logo", "sprite", "spinner", "pixel", "beacon", "tracking", "badge"];

    public static void Prepare(IElement body, ImageSources sources, Uri? pageAddress)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var image in body.QuerySelectorAll("img").ToList())
        {
            var src = image.GetAttribute("src");
            if (src is null || !IsPhoto(image, pageAddress))
            {
                RemoveWithCaption(image);
                continue;
            }

            if (UrlClassifier.Classify(src) == UrlKind.Data)
            {
                continue;
            }

            if (sources.ResolveAbsolute(src) is not { } shown)
            {
                RemoveWithCaption(image);
                continue;
            }

            image.SetAttribute("src", shown);
            if (sources.SizeOf(sources.Resolve(shown) ?? "") is var (width, height) && (image.GetAttribute("width") is null || image.GetAttribute("height") is null))
            {
                image.SetAttribute("width", width.ToString(CultureInfo.InvariantCulture));
                image.SetAttribute("height", height.ToString(CultureInfo.InvariantCulture));
                if (IsTiny(image))
                {
                    RemoveWithCaption(image);
                }
            }
        }

        foreach (var figure in body.QuerySelectorAll("figure").ToList())
        {
            GatherCredit(figure);
        }
    }

    /// <summary>Whether a picture (its real address recovered) may be an article photo: not tiny, not an icon, avatar or pixel, not a teaser.</summary>
    public static bool IsPhoto(IElement image, Uri? pageAddress)
    {
        ArgumentNullException.ThrowIfNull(image);
        return !IsTiny(image) && !IsNotPhoto(image, image.GetAttribute("src") ?? "") && !IsTeaser(image, pageAddress);
    }

    private static bool IsTiny(IElement image) =>
        Side(image, "width") is <= TinySide || Side(image, "height") is <= TinySide;

    private static int? Side(IElement image, string name) =>
        int.TryParse(image.GetAttribute(name)?.Trim().TrimEnd('x', 'p'), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool IsNotPhoto(IElement image, string src)
    {
        var name = src.Split('?', '#')[0];
        var words = $"{name[(name.LastIndexOf('/') + 1)..]} {image.GetAttribute("class")} {image.Id}".ToLowerInvariant();
        return NotPhotoWords.Any(word => words.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>
    /// A picture inside a link to another page that names it (a headline beside the thumbnail, in
    /// the link or in its card): a teaser for another article, not this one's photo. A bare linked
    /// picture (to its full size, a document, a gallery) is still the article's.
    /// </summary>
    private static bool IsTeaser(IElement image, Uri? pageAddress)
    {
        if (image.Closest("a[href]") is not { } link)
        {
            return false;
        }

        var href = UrlClassifier.Normalize(link.GetAttribute("href"));
        var target = UrlClassifier.ToAbsolute(href, pageAddress);
        if (target is null || Path.GetExtension(target.AbsolutePath) is { Length: > 0 } extension && !extension.StartsWith(".htm", StringComparison.OrdinalIgnoreCase) && !extension.StartsWith(".php", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (pageAddress is not null && string.Equals(target.GetLeftPart(UriPartial.Path).TrimEnd('/'), pageAddress.GetLeftPart(UriPartial.Path).TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var card = link.Closest("li") ?? link.ParentElement;
        return HtmlBlocks.TextOf(link).Length >= 12 || (card is not null && HtmlBlocks.TextOf(card).Length <= 300 && card.QuerySelector("h2, h3, h4, h5") is not null);
    }

    /// <summary>
    /// Removes the picture and the wrappers that hold nothing else but it, its caption and its
    /// credit (and a label of a word or two, "Photo"): text of any other kind stops the climb.
    /// </summary>
    public static void RemoveWithCaption(IElement image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var target = image;
        for (var level = 0; level < 4 && target.ParentElement is { } parent && parent.LocalName is not ("body" or "article" or "main" or "section"); level++)
        {
            if (parent.QuerySelectorAll("img").Length > 1 || !OnlyCaption(parent))
            {
                break;
            }

            target = parent;
        }

        target.Remove();
    }

    private const int LabelLength = 20;

    private static bool OnlyCaption(IElement block) =>
        HtmlBlocks.TextOf(block).Length <= 400
        && block.GetDescendants().OfType<IText>().Where(text => !InCaption(text.ParentElement, block)).Sum(text => text.Data.Trim().Length) <= LabelLength;

    /// <summary>Whether an element between <paramref name="element"/> and <paramref name="block"/> is a caption or credit.</summary>
    private static bool InCaption(IElement? element, IElement block)
    {
        for (; element is not null && element != block; element = element.ParentElement)
        {
            if (IsCaptionPart(element))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCaptionPart(IElement element) =>
        element.LocalName == "figcaption"
        || $"{element.GetAttribute("class")}".Contains("caption", StringComparison.OrdinalIgnoreCase)
        || IsCredit(element);

    private static bool IsCredit(IElement element)
    {
        var names = $"{element.GetAttribute("class")}".ToLowerInvariant();
        return names.Contains("credit", StringComparison.Ordinal) || names.Contains("copyright", StringComparison.Ordinal) || names.Contains("photographer", StringComparison.Ordinal);
    }

    /// <summary>The figure's caption (a classed caption becomes a figcaption) with the credit inside it, marked as one.</summary>
    private static void GatherCredit(IElement figure)
    {
        var caption = figure.QuerySelector("figcaption");
        if (caption is null && figure.QuerySelectorAll("*").FirstOrDefault(e => e.LocalName is "div" or "p" or "span" && $"{e.GetAttribute("class")}".Contains("caption", StringComparison.OrdinalIgnoreCase)) is { } classed)
        {
            caption = figure.Owner!.CreateElement("figcaption");
            foreach (var child in classed.ChildNodes.ToList())
            {
                caption.AppendChild(child);
            }

            classed.Replace(caption);
        }

        var credit = figure.QuerySelectorAll("*").FirstOrDefault(e => IsCredit(e) && e.QuerySelector("img") is null && e.LocalName != "img");
        if (credit is null || (caption is not null && (credit == caption || credit.Contains(caption))))
        {
            return;
        }

        var span = figure.Owner!.CreateElement("span");
        span.ClassName = ArticleSanitizer.CreditClass;
        span.TextContent = HtmlBlocks.TextOf(credit);
        credit.Remove();
        if (span.TextContent.Length == 0)
        {
            return;
        }

        if (caption is null)
        {
            caption = figure.Owner.CreateElement("figcaption");
            figure.AppendChild(caption);
        }
        else
        {
            caption.AppendChild(figure.Owner.CreateTextNode(" "));
        }

        caption.AppendChild(span);
    }
}

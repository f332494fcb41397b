using System.Globalization;
using AngleSharp.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// The first picture of a sanitised body (a <c>figure</c> with its caption and credit, or a bare
/// <c>img</c>), for <see cref="LeadImageChoice"/>; and the body without it.
/// </summary>
internal static class BodyImage
{
    /// <summary>Tracking pixels and inline icons are passed over when looking for the first picture.</summary>
    private const int TinySide = 100;

    public sealed record Found(LeadFigure Figure, int ParagraphsBefore);

    public static Found? First(string bodyHtml)
    {
        ArgumentNullException.ThrowIfNull(bodyHtml);
        if (!bodyHtml.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var body = ThreadHtmlParser.ParseBody(bodyHtml).Body!;
        if (FirstImage(body) is not { } image)
        {
            return null;
        }

        var paragraphs = body.QuerySelectorAll("p").TakeWhile(p => p.CompareDocumentPosition(image).HasFlag(DocumentPositions.Following))
            .Count(p => !p.Contains(image) && HtmlBlocks.TextOf(p).Length > 0);
        var caption = image.Closest("figure")?.QuerySelector("figcaption");
        var credit = caption?.QuerySelectorAll(".credit").Select(HtmlBlocks.TextOf).FirstOrDefault(text => text.Length > 0);
        var captionText = caption is null ? null : TextWithout(caption, ".credit");
        return new Found(
            new LeadFigure
            {
                Url = image.GetAttribute("src")!,
                Alt = NullIfEmpty(TextCleaner.CollapseWhitespace(image.GetAttribute("alt") ?? "")),
                Caption = NullIfEmpty(captionText),
                Credit = credit,
                Width = Size(image.GetAttribute("width")),
                Height = Size(image.GetAttribute("height")),
            },
            paragraphs);
    }

    /// <summary>The body without its first picture, its figure, and any wrapper left empty by that.</summary>
    public static string RemoveFirst(string bodyHtml)
    {
        ArgumentNullException.ThrowIfNull(bodyHtml);
        var body = ThreadHtmlParser.ParseBody(bodyHtml).Body!;
        if (FirstImage(body) is not { } image)
        {
            return bodyHtml;
        }

        IElement gone = image.Closest("figure") ?? image.Closest("picture") ?? image;
        while (gone.ParentElement is { } parent && parent != body && IsEmptyWithout(parent, gone))
        {
            gone = parent;
        }

        gone.Remove();
        return body.InnerHtml;
    }

    private static IElement? FirstImage(IElement body) =>
        body.QuerySelectorAll("img[src]").FirstOrDefault(image =>
            UrlClassifier.Classify(image.GetAttribute("src")) is UrlKind.Remote or UrlKind.Local
            && !(Size(image.GetAttribute("width")) < TinySide || Size(image.GetAttribute("height")) < TinySide));

    private static bool IsEmptyWithout(IElement parent, IElement child) =>
        parent.ChildNodes.All(node => node == child || (node is IText text && string.IsNullOrWhiteSpace(text.Data)) || node is IComment);

    private static string TextWithout(IElement element, string selector)
    {
        var copy = (IElement)element.Clone(deep: true);
        foreach (var unwanted in copy.QuerySelectorAll(selector).ToList())
        {
            unwanted.Remove();
        }

        return HtmlBlocks.TextOf(copy);
    }

    private static int? Size(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels > 0 ? pixels : null;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}

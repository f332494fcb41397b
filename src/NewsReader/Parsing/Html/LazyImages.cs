using AngleSharp.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Puts each picture's real address in its <c>src</c> before Readability reads the page. News
/// sites load pictures by script: the <c>src</c> holds a 1×1 or <c>data:</c> placeholder and the
/// real address waits in <c>data-src</c>, <c>data-original</c>, <c>data-lazy-src</c>, a
/// <c>(data-)srcset</c>, a <c>&lt;picture&gt;</c>'s sources, or an <c>&lt;img&gt;</c> inside the
/// <c>&lt;noscript&gt;</c> beside it. The largest candidate of a set is taken; a picture with no
/// real address is left without <c>src</c>, for <see cref="ArticlePhotos"/> to remove.
/// </summary>
public static class LazyImages
{
    private static readonly string[] LazyAttributes =
        ["data-src", "data-original", "data-lazy-src", "data-lazy", "data-hi-res-src", "data-full-src", "data-orig-src", "data-url"];

    private static readonly string[] SetAttributes = ["data-srcset", "data-lazy-srcset", "srcset"];

    // Below this a data: picture is a placeholder (a 1×1 GIF is under a hundred characters).
    private const int InlinePictureLength = 1000;

    public static void Recover(IElement body)
    {
        ArgumentNullException.ThrowIfNull(body);
        foreach (var noscript in body.QuerySelectorAll("noscript").ToList())
        {
            if (noscript.QuerySelector("img") is not { } fallback)
            {
                continue;
            }

            // The script-less copy stands for the placeholder just before it.
            if (noscript.PreviousElementSibling is { } before && (before.LocalName == "img" || (before.QuerySelectorAll("img").Length == 1 && HtmlBlocks.TextOf(before).Length == 0)))
            {
                before.Remove();
            }

            fallback.Remove();
            noscript.Replace(fallback);
        }

        foreach (var picture in body.QuerySelectorAll("picture").ToList())
        {
            var image = picture.QuerySelector("img") ?? picture.Owner!.CreateElement("img");
            if (RealAddress(image) is null && picture.QuerySelectorAll("source").SelectMany(Candidates).MaxBy(c => c.Size) is { } best)
            {
                image.SetAttribute("src", best.Url);
            }

            image.Remove();
            picture.Replace(image);
        }

        foreach (var image in body.QuerySelectorAll("img").ToList())
        {
            var address = RealAddress(image);
            foreach (var name in image.Attributes.Select(a => a.Name).Where(n => n.StartsWith("data-", StringComparison.Ordinal) || n is "srcset" or "sizes").ToList())
            {
                image.RemoveAttribute(name);
            }

            if (address is null)
            {
                image.RemoveAttribute("src");
            }
            else
            {
                image.SetAttribute("src", address);
            }
        }
    }

    /// <summary>The picture's address: the largest of its sets, a lazy-loading attribute, then its own <c>src</c>.</summary>
    public static string? RealAddress(IElement image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (Candidates(image).Where(c => IsReal(c.Url)).MaxBy(c => c.Size) is { } largest)
        {
            return largest.Url;
        }

        if (LazyAttributes.Select(image.GetAttribute).FirstOrDefault(IsReal) is { } lazy)
        {
            return lazy.Trim();
        }

        var src = image.GetAttribute("src")?.Trim();
        return IsReal(src) || (src is { Length: >= InlinePictureLength } && src.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)) ? src : null;
    }

    private static IEnumerable<Srcset.Candidate> Candidates(IElement element) =>
        SetAttributes.Select(element.GetAttribute).OfType<string>().SelectMany(Srcset.Parse);

    /// <summary>An address worth loading: not empty, not inline, not a known placeholder or an SVG icon.</summary>
    private static bool IsReal(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var kind = UrlClassifier.Classify(url);
        if (kind is not (UrlKind.Remote or UrlKind.Local))
        {
            return false;
        }

        var name = url.Split('?', '#')[0];
        name = name[(name.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return !name.EndsWith(".svg", StringComparison.Ordinal)
            && !(name.StartsWith("blank", StringComparison.Ordinal) || name.StartsWith("spacer", StringComparison.Ordinal) || name.StartsWith("placeholder", StringComparison.Ordinal)
                || name.StartsWith("transparent", StringComparison.Ordinal) || name.StartsWith("pixel", StringComparison.Ordinal) || name.StartsWith("1x1", StringComparison.Ordinal)
                || name.StartsWith("lazy", StringComparison.Ordinal) || name.StartsWith("loading", StringComparison.Ordinal) || name.StartsWith("grey.", StringComparison.Ordinal) || name.StartsWith("gray.", StringComparison.Ordinal));
    }
}

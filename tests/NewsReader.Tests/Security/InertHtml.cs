using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsReader.Tests.Security;

/// <summary>
/// Asserts that HTML from an article can do nothing but display, and tells no other site who reads
/// it: shared by the core and web XSS tests.
/// </summary>
internal static class InertHtml
{
    /// <summary>No element, attribute or URL that can run script or change the page around it.</summary>
    /// <param name="html">The article HTML.</param>
    /// <param name="context">Named in the failure message.</param>
    /// <param name="remoteImagesKept">
    /// True for the parser's output: another site's picture stays there as a plain absolute http(s)
    /// address (never <c>//host</c> or <c>\\host</c>), for the rewrite after parsing to proxy or drop.
    /// What reaches a reader (pages, feeds, the API) is checked with false: no remote picture at all.
    /// </param>
    public static void Assert(string html, string context, bool remoteImagesKept = false)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        var dangerous = document.Body!.QuerySelectorAll("script, style, iframe, frame, object, embed, form, input, button, textarea, link, meta, base, svg, math, template");
        Xunit.Assert.True(dangerous.Length == 0, $"{context}: <{(dangerous.Length > 0 ? dangerous[0].LocalName : "")}> survived");
        foreach (var element in document.Body.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Xunit.Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{context}: {attribute.Name} survived");
                Xunit.Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "background" or "poster")
                {
                    AssertSafeUrl(element, attribute.Value, context);
                }

                // Each of these makes the browser fetch a picture: only the site's own may be named.
                Xunit.Assert.False(attribute.Name is "srcset" or "poster" or "background" or "lowsrc" or "dynsrc" or "imagesrcset", $"{context}: {attribute.Name} survived on <{element.LocalName}>");
            }

            if (element.LocalName == "img" && IsRemote(element.GetAttribute("src")))
            {
                Xunit.Assert.True(remoteImagesKept && IsPlainWebAddress(element.GetAttribute("src")!), $"{context}: remote image {element.GetAttribute("src")}");
            }

            if (element.LocalName == "a" && IsRemote(element.GetAttribute("href")))
            {
                var rel = (element.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Xunit.Assert.True(rel.Contains("noopener") && rel.Contains("noreferrer"), $"{context}: external link {element.GetAttribute("href")} without rel=\"noopener noreferrer\"");
            }
        }
    }

    /// <summary>
    /// Whether a browser would fetch the URL from another host. Written apart from the app's own
    /// classifier on purpose, so the test does not share its mistakes: controls and spaces out,
    /// backslashes are slashes, then a scheme-relative or http(s) start.
    /// </summary>
    private static bool IsRemote(string? url)
    {
        var compact = new string((url ?? "").Where(c => c > ' ').ToArray()).Replace('\\', '/').ToLowerInvariant();
        return compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith("http:", StringComparison.Ordinal) || compact.StartsWith("https:", StringComparison.Ordinal);
    }

    private static bool IsPlainWebAddress(string url) =>
        (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal))
        && !url.Any(c => c <= ' ' || c == '\\') && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0;

    private static void AssertSafeUrl(IElement element, string url, string context)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        Xunit.Assert.False(compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal), $"{context}: {url}");
        if (compact.StartsWith("data:", StringComparison.Ordinal))
        {
            Xunit.Assert.True(element.LocalName == "img" && !compact.StartsWith("data:image/svg", StringComparison.Ordinal), $"{context}: {url} on <{element.LocalName}>");
        }
    }
}

using NewsReader.Parsing.Html;

namespace NewsReader.Parsing;

/// <summary>
/// Which picture opens an article. A page's declared image (og:image, then JSON-LD, then
/// twitter:image) unless it is the site's logo or a stock placeholder, else the body's first
/// picture when it sits near the top. When the body's first picture is the lead image, the lead
/// takes its alt text, caption and credit and the body loses it, so no photo is shown twice.
/// Errs towards no lead image: an empty space at the top costs less than a logo blown up to full width.
/// </summary>
public static class LeadImageChoice
{
    /// <summary>Smaller than this on either side, a picture is an icon, a button or a thumbnail, not a photo to open with.</summary>
    public const int MinWidth = 300;

    public const int MinHeight = 150;

    /// <summary>A body picture after this many paragraphs illustrates a passage, not the story.</summary>
    public const int LeadZoneParagraphs = 3;

    // Words that open a word of a stand-in picture's file name ("site-logo.png", "defaultImage.jpg").
    // Only the file name is searched: Drupal keeps every upload under /sites/default/files/.
    private static readonly string[] StandInWords = ["logo", "default", "placeholder", "fallback", "favicon", "sprite", "spacer"];

    private static readonly char[] NotLetters = [.. "-_.0123456789 +,()"];

    /// <summary>The result: the lead image (or none) and the body, without the lead image if it held it.</summary>
    public sealed record Result(LeadFigure? Lead, string BodyHtml);

    /// <param name="declared">The page's declared images, most trusted first (og:image, JSON-LD, twitter:image).</param>
    /// <param name="siteIcons">The page's icons and publisher logo: a declared image equal to one is the site's default picture.</param>
    /// <param name="bodyHtml">The sanitised body.</param>
    public static Result ForPage(IEnumerable<LeadFigure> declared, IReadOnlyCollection<string> siteIcons, string bodyHtml)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(siteIcons);
        var chosen = declared.FirstOrDefault(image => !IsStandIn(image.Url, siteIcons) && !IsSmall(image.Width, image.Height));
        if (chosen is not null)
        {
            return WithoutRepeat(chosen, bodyHtml);
        }

        var first = BodyImage.First(bodyHtml);
        return first is not null && first.ParagraphsBefore < LeadZoneParagraphs && !IsSmall(first.Figure.Width, first.Figure.Height) && !IsStandIn(first.Figure.Url, siteIcons)
            ? new Result(first.Figure, BodyImage.RemoveFirst(bodyHtml))
            : new Result(null, bodyHtml);
    }

    /// <summary>The author's own choice (Markdown front matter): kept whatever its size, but still shown once.</summary>
    public static Result ForDeclared(string? lead, string bodyHtml) =>
        lead is null ? new Result(null, bodyHtml) : WithoutRepeat(new LeadFigure { Url = lead }, bodyHtml);

    /// <summary>Known to be smaller than <see cref="MinWidth"/> × <see cref="MinHeight"/>.</summary>
    public static bool IsSmall(int? width, int? height) => width < MinWidth || height < MinHeight;

    /// <summary>The site's logo or icon, or a file named as a stand-in ("default-og.png", "placeholder.jpg").</summary>
    public static bool IsStandIn(string url, IReadOnlyCollection<string> siteIcons)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(siteIcons);
        if (siteIcons.Any(icon => Same(url, icon)))
        {
            return true;
        }

        var segments = PathOf(url).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 0
            && (segments[^1].Split(NotLetters, StringSplitOptions.RemoveEmptyEntries)
                    .Any(part => StandInWords.Any(word => part.StartsWith(word, StringComparison.OrdinalIgnoreCase)))
                || segments.Any(segment => segment is "logo" or "logos" or "icons"));
    }

    /// <summary>
    /// The same picture: the same address once case, query and fragment are set aside, or the same
    /// file name when it is distinctive enough to name one photo (a page saved "complete" keeps the
    /// file name of each picture it copies, and sites serve one photo at many sizes from paths that
    /// differ only in the size folder).
    /// </summary>
    public static bool Same(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var (firstHost, firstPath) = (HostOf(first), PathOf(first));
        var (secondHost, secondPath) = (HostOf(second), PathOf(second));
        if (string.Equals(firstPath, secondPath, StringComparison.OrdinalIgnoreCase) && (firstHost is null || secondHost is null || string.Equals(firstHost, secondHost, StringComparison.OrdinalIgnoreCase)))
        {
            return firstPath.Length > 1;
        }

        var name = Path.GetFileNameWithoutExtension(firstPath);
        return name.Length >= 6 && name.Any(char.IsLetter)
            && string.Equals(name, Path.GetFileNameWithoutExtension(secondPath), StringComparison.OrdinalIgnoreCase);
    }

    private static Result WithoutRepeat(LeadFigure lead, string bodyHtml)
    {
        var first = BodyImage.First(bodyHtml);
        if (first is null || !Same(lead.Url, first.Figure.Url))
        {
            return new Result(lead, bodyHtml);
        }

        // The body's copy is the one the page showed, with its words and (mostly) its size; a
        // page saved "complete" also has it inside the seeds folder.
        var figure = first.Figure;
        if (figure.Width is null || figure.Height is null)
        {
            var sameFile = string.Equals(PathOf(lead.Url), PathOf(figure.Url), StringComparison.OrdinalIgnoreCase);
            figure = figure with { Width = sameFile ? lead.Width : null, Height = sameFile ? lead.Height : null };
        }

        return new Result(figure, BodyImage.RemoveFirst(bodyHtml));
    }

    private static string? HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.Host : null;

    private static string PathOf(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.AbsolutePath
            : url.Split('?', '#')[0];
        return Uri.UnescapeDataString(path);
    }
}

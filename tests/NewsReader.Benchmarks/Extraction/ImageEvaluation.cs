using System.Globalization;
using AngleSharp.Html.Parser;
using NewsReader.Parsing;
using NewsReader.Parsing.Html;

namespace NewsReader.Benchmarks.Extraction;

/// <summary>
/// <c>extraction-images DIR</c>: for each saved page in DIR, the pictures plain SmartReader
/// (Readability) keeps in its content — lazy-loading attributes followed as the app follows them,
/// only those with a usable http(s) address — and how many of those same addresses the app's body
/// and lead image keep. Prints the totals, the share, and the pages that lose the most.
/// </summary>
internal static class ImageEvaluation
{
    private static readonly Uri Placeholder = new("https://saved-page.invalid/");

    public static int Run(string folder)
    {
        if (File.Exists(folder))
        {
            // One page: both lists, to see what is lost.
            var result = SavedPage.Parse(folder);
            var (shown, filtered) = ReadabilityImages(File.ReadAllText(folder));
            Console.WriteLine("Readability:\n  " + string.Join("\n  ", shown.Select(url => filtered.Contains(url) ? url + "  (not a photo)" : url)));
            Console.WriteLine("NewsReader:\n  " + (result.IsSuccess ? string.Join("\n  ", OurImages(result.Value.BodyHtml, result.Value.LeadImage)) : result.Error));
            return 0;
        }

        var pages = new List<(string File, int Readability, int Kept)>();
        var notPhotos = 0;
        var unpublished = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.htm*").Order(StringComparer.Ordinal))
        {
            var (expected, filtered) = ReadabilityImages(File.ReadAllText(path));
            var result = SavedPage.Parse(path);
            unpublished += result.IsSuccess ? 0 : 1;
            var ours = result.IsSuccess ? OurImages(result.Value.BodyHtml, result.Value.LeadImage) : [];
            pages.Add((Path.GetFileName(path), expected.Count, expected.Count(ours.Contains)));
            notPhotos += expected.Count(url => !ours.Contains(url) && filtered.Contains(url));
        }

        var readability = pages.Sum(p => p.Readability);
        var kept = pages.Sum(p => p.Kept);
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"pages {pages.Count} ({unpublished} not published), with Readability images {pages.Count(p => p.Readability > 0)}"));
        Console.WriteLine(string.Create(invariant, $"images: kept {kept} of {readability} that Readability keeps ({Share(kept, readability):P1})"));
        Console.WriteLine(string.Create(invariant, $"  of the {readability - kept} lost, {notPhotos} are not article photos by the parser's rules (icons, avatars, pixels, teasers);"));
        Console.WriteLine(string.Create(invariant, $"  photos kept: {kept} of {readability - notPhotos} ({Share(kept, readability - notPhotos):P1})"));
        Console.WriteLine("worst pages (kept/readability):");
        foreach (var (file, count, ok) in pages.Where(p => p.Kept < p.Readability).OrderByDescending(p => p.Readability - p.Kept).ThenBy(p => p.File, StringComparer.Ordinal).Take(15))
        {
            Console.WriteLine(string.Create(invariant, $"  {ok}/{count}  {file}"));
        }

        return 0;
    }

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    /// <summary>
    /// What Readability alone shows of the page's pictures, after the same lazy-image recovery the
    /// app does; and the addresses of the pictures the parser's rules say are not article photos.
    /// </summary>
    private static (HashSet<string> Shown, HashSet<string> NotPhotos) ReadabilityImages(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        var address = UrlClassifier.ToAbsolute(page.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"))
            ?? UrlClassifier.ToAbsolute(page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        var notPhotos = new HashSet<string>(StringComparer.Ordinal);
        if (page.Body is { } body)
        {
            LazyImages.Recover(body);
            foreach (var image in body.QuerySelectorAll("img[src]").Where(image => !ArticlePhotos.IsPhoto(image, address)))
            {
                if (UrlClassifier.ToAbsolute(image.GetAttribute("src"), address) is { } url)
                {
                    notPhotos.Add(Key(url));
                }
            }
        }

        using var reader = new SmartReader.Reader((address ?? Placeholder).ToString(), page) { ContinueIfNotReadable = true };
        var content = reader.GetArticle().Content ?? "";
        return (Addresses(content, address), notPhotos);
    }

    private static HashSet<string> OurImages(string bodyHtml, string? leadImage)
    {
        var found = Addresses(bodyHtml, null);
        if (UrlClassifier.ToAbsolute(leadImage) is { } lead)
        {
            found.Add(Key(lead));
        }

        return found;
    }

    private static HashSet<string> Addresses(string html, Uri? address)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        return document.QuerySelectorAll("img[src]")
            .Select(img => UrlClassifier.ToAbsolute(img.GetAttribute("src"), address))
            .OfType<Uri>()
            .Where(uri => uri.Host != Placeholder.Host)
            .Select(Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string Key(Uri uri) => uri.GetLeftPart(UriPartial.Query);
}

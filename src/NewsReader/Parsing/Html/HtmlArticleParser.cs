using NewsReader.Articles;
using NewsReader.Files;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Reads a saved web page: metadata from its tags (<see cref="PageMetadata"/>), the main text by
/// SmartReader (a port of Mozilla's Readability) without navigation, comments, ads or share bars,
/// then sanitised (<see cref="ArticleSanitizer"/>). The page's own character set is honoured.
/// </summary>
public static class HtmlArticleParser
{
    // Only used to resolve the page's relative URLs when it names no address of its own; never fetched.
    private static readonly Uri Placeholder = new("https://saved-page.invalid/");

    /// <param name="boundary">The seeds folder: an image whose real path leaves it is not embedded.</param>
    /// <param name="cancellationToken">
    /// The file's parse budget: checked at every token while the tree is built and between stages.
    /// Readability and the sanitiser cannot be interrupted; the depth limit keeps them near linear.
    /// </param>
    public static ParseResult<ParsedArticle> Parse(string html, string sourceFile, TimeZoneInfo zone, SeedsFolderBoundary? boundary = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var nesting = HtmlDepth.Measure(html);
        if (nesting.Depth > HtmlDepth.Limit)
        {
            return ParseResult.Fail<ParsedArticle>($"the page nests elements more than {HtmlDepth.Limit} levels deep (line {nesting.Line})");
        }

        var page = ThreadHtmlParser.Parse(InertMarkup.Strip(html), cancellationToken);
        var meta = PageMetadata.From(page);
        PageChrome.Remove(page);
        // A <base href> is where the browser resolved the page's paths; else its canonical address.
        var images = new ImageSources(sourceFile, boundary, UrlClassifier.ToAbsolute(page.QuerySelector("base[href]")?.GetAttribute("href"), meta.Address) ?? meta.Address);
        if (page.Body is { } pageBody)
        {
            // Before the wrappers go: a <picture> holds its image's real address.
            LazyImages.Recover(pageBody);
            ArticlePhotos.Prepare(pageBody, images, meta.Address);
            WrapperElements.Unwrap(pageBody);
            DatelineSpacing.Restore(pageBody);
        }

        var dense = DenseContainer.Find(page);
        cancellationToken.ThrowIfCancellationRequested();

        using var reader = new SmartReader.Reader((meta.Address ?? Placeholder).ToString(), page) { ContinueIfNotReadable = true, ClassesToPreserve = [ArticleSanitizer.CreditClass] };
        var extracted = reader.GetArticle();
        cancellationToken.ThrowIfCancellationRequested();
        var content = extracted.Content ?? "";
        if (dense is not null && TextCleaner.CollapseWhitespace(extracted.TextContent ?? "").Length * 2 < dense.TextLength)
        {
            // Readability kept much less than the densest block holds: a caption, a teaser, or nothing.
            content = dense.Html;
        }

        var title = meta.Title ?? NullIfBlank(extracted.Title);
        if (title is null)
        {
            return ParseResult.Fail<ParsedArticle>("the page has no title (no og:title, JSON-LD headline, <h1> or <title>)");
        }

        var body = ArticleSanitizer.Sanitize(content, url => Resolve(url, sourceFile, meta.Address, boundary), images);
        cancellationToken.ThrowIfCancellationRequested();
        body = WithoutRepeats(body, title);
        var (lead, withoutLead) = LeadImageChoice.ForPage(meta.DeclaredImages, meta.SiteIcons, body);
        body = withoutLead;
        var blocks = HtmlBlocks.From(body);
        if (JsonLdBody.Replaces(blocks, meta.BodyText) is { } fromJsonLd)
        {
            body = fromJsonLd;
            blocks = HtmlBlocks.From(body);
        }

        if (blocks.IsEmpty)
        {
            return ParseResult.Fail<ParsedArticle>("no article text was found in the page");
        }

        var authors = meta.Authors.Count > 0 ? meta.Authors : BylineNames.Clean(extracted.Byline);
        var (published, updated) = PublicationDates.Reconcile(DateValue.Parse(meta.Published, zone), DateValue.Parse(meta.Updated, zone));
        var language = LanguageGuess.Reconcile([.. meta.DeclaredLanguages, .. NullIfBlank(extracted.Language) is { } guessed ? [guessed] : Array.Empty<string>()], string.Join(' ', blocks.Select(b => b.Text)));
        return ParseResult.Ok(new ParsedArticle
        {
            Headline = ShortText.Cut(title, PlainTextArticleParser.MaxHeadlineLength),
            Standfirst = meta.Description ?? blocks.Where(b => b.Kind == ArticleBlockKind.Paragraph).Select(b => b.Text).FirstOrDefault(),
            Body = blocks,
            BodyHtml = body,
            Authors = authors,
            SiteName = meta.SiteName,
            OriginalUrl = meta.Address ?? SavedFromComment.Address(html),
            Language = language,
            LeadImage = lead?.Url,
            Lead = MediaImageSize.Measured(lead, boundary, images),
            MissingImages = images.Missing,
            Published = published,
            Updated = updated,
        });
    }

    private static string? Resolve(string url, string sourceFile, Uri? address, SeedsFolderBoundary? boundary)
    {
        if (MediaPaths.ImageExtensions.Contains(Path.GetExtension(url.Split('?', '#')[0])) && MediaPaths.Resolve(sourceFile, url, boundary) is { } local)
        {
            return local;
        }

        return address is not null && Uri.TryCreate(address, url, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.ToString()
            : null;
    }

    /// <summary>Drops a heading that repeats the title and a byline line at the top: both are shown above the body already.</summary>
    private static string WithoutRepeats(string html, string title)
    {
        var document = ThreadHtmlParser.ParseBody(html);
        // The sanitiser has renumbered the headings: a page's own h1 or h2 is now an h2 or h3.
        foreach (var element in document.Body!.QuerySelectorAll("h2, h3, p, div, span").Take(12).ToList())
        {
            var text = HtmlBlocks.TextOf(element);
            var repeatsTitle = element.LocalName is "h2" or "h3" && string.Equals(text, title, StringComparison.OrdinalIgnoreCase);
            if (repeatsTitle || (element.Children.Length == 0 && Bylines.Parse(text) is not null))
            {
                element.Remove();
            }
        }

        LinkDenseBlocks.Remove(document.Body);
        // The headline repeated as the body's first heading is gone: what sat under it moves up.
        HeadingOutline.Normalize(document.Body);
        return document.Body.InnerHtml;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : TextCleaner.CollapseWhitespace(text);
}

using System.Net;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Parsing.Html;

namespace NewsReader.Parsing.Markdown;

/// <summary>
/// Reads Markdown with YAML front matter: the front matter gives the metadata, the body is
/// rendered once with Markdig (CommonMark, pipe tables, footnotes, auto-links, smart punctuation,
/// heading ids) and then sanitised like any other HTML. Without a title in the front matter, the
/// first level-one heading is the title (and leaves the body). Drafts are not published.
/// </summary>
public static partial class MarkdownArticleParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseSmartyPants()
        .UseAutoIdentifiers()
        .Build();

    /// <param name="text">The decoded file.</param>
    /// <param name="sourceFile">The path inside the seeds folder, to resolve images beside it.</param>
    /// <param name="zone">Where front-matter dates without an offset are read.</param>
    /// <param name="boundary">The seeds folder: an image whose real path leaves it is not embedded.</param>
    /// <param name="cancellationToken">The file's parse budget, checked between stages.</param>
    public static ParseResult<ParsedArticle> Parse(string text, string sourceFile, TimeZoneInfo zone, SeedsFolderBoundary? boundary = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = TextCleaner.RemoveInvisibleCharacters(text).ReplaceLineEndings("\n");
        var (yaml, body) = SplitFrontMatter(text);
        var front = yaml is null ? ParseResult.Ok(new FrontMatter()) : FrontMatter.Parse(yaml, firstLine: 2, zone);
        if (!front.IsSuccess)
        {
            return ParseResult.Fail<ParsedArticle>(front.Error);
        }

        var meta = front.Value;
        if (meta.Draft)
        {
            return ParseResult.Fail<ParsedArticle>("the article is a draft (draft: true in its front matter), so it is not published");
        }

        var bodyLine = yaml is null ? 1 : yaml.Count('\n') + 4;
        var nesting = MarkdownDepth.Measure(body);
        if (nesting.Depth > MarkdownDepth.Limit)
        {
            return ParseResult.Fail<ParsedArticle>(
                $"the Markdown nests block quotes and lists {nesting.Depth} levels deep (line {bodyLine + nesting.Line - 1}), past the limit of {MarkdownDepth.Limit}");
        }

        cancellationToken.ThrowIfCancellationRequested();
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException error) when (error.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            // Markdig refuses, rather than recursing, past its own limit; emphasis and links reach it too.
            return ParseResult.Fail<ParsedArticle>("the Markdown nests emphasis, links or brackets inside one another past the parser's depth limit");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var title = meta.Title;
        if (title is null && document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1) is { } heading)
        {
            title = HeadingText(body, heading);
            document.Remove(heading);
        }
        else if (document.FirstOrDefault() is HeadingBlock { Level: <= 2 } first && Repeats.SameWords(HeadingText(body, first), title))
        {
            // The front matter's title again as the body's first heading: the page shows it once.
            document.Remove(first);
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return ParseResult.Fail<ParsedArticle>("the Markdown has no title: give it a 'title:' in the front matter or start it with a '# Heading'");
        }

        CurlApostrophes(document);
        var rendered = Render(document);
        // Raw HTML passes through Markdig untouched, so it gets the same depth check as a saved page.
        var htmlNesting = HtmlDepth.Measure(rendered);
        if (htmlNesting.Depth > HtmlDepth.Limit)
        {
            return ParseResult.Fail<ParsedArticle>($"the Markdown's HTML nests elements more than {HtmlDepth.Limit} levels deep");
        }

        cancellationToken.ThrowIfCancellationRequested();
        // Another site's picture is kept as its absolute address; a path names a file in the seeds
        // folder, and one that is not there is noted (front matter first, as the file reads).
        var images = new ImageSources(sourceFile, boundary, baseAddress: null);
        var leadImage = images.Resolve(meta.Image);
        var html = ArticleSanitizer.Sanitize(rendered, reference => MediaPaths.Resolve(sourceFile, reference, boundary), images);
        cancellationToken.ThrowIfCancellationRequested();
        var (lead, withoutLead) = LeadImageChoice.ForDeclared(leadImage, html);
        html = withoutLead;
        var blocks = HtmlBlocks.From(html);
        return ParseResult.Ok(new ParsedArticle
        {
            // Markdown's own text has its entities decoded by Markdig; the title and standfirst are read
            // as written, so "&amp;" there is decoded here, once, like the body's.
            Headline = ShortText.Cut(TextCleaner.CollapseWhitespace(WebUtility.HtmlDecode(title)), PlainTextArticleParser.MaxHeadlineLength),
            Standfirst = (meta.Standfirst is { } standfirst ? WebUtility.HtmlDecode(standfirst) : null) ?? blocks.Where(b => b.Kind == Articles.ArticleBlockKind.Paragraph).Select(b => b.Text).FirstOrDefault(),
            Body = blocks,
            BodyHtml = html,
            Published = meta.Date,
            Updated = meta.Updated,
            Authors = meta.Authors,
            Tags = meta.Tags,
            Language = meta.Language,
            SiteName = meta.SiteName,
            OriginalUrl = UrlClassifier.ToAbsolute(meta.Source),
            LeadImage = lead?.Url,
            Lead = MediaImageSize.Measured(lead, boundary, images),
            MissingImages = images.Missing,
            Slug = meta.Slug,
        });
    }

    private static string HeadingText(string body, HeadingBlock heading) =>
        body.Substring(heading.Span.Start, heading.Span.Length).Trim().TrimStart('#').Trim().TrimEnd('#').Trim();

    /// <summary>The YAML between a first line of <c>---</c> and the next <c>---</c> (or <c>...</c>), and the rest.</summary>
    private static (string? Yaml, string Body) SplitFrontMatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (null, text);
        }

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return (string.Join('\n', lines[1..i]), string.Join('\n', lines[(i + 1)..]));
            }
        }

        return (null, text);
    }

    /// <summary>
    /// Smart punctuation curls quotation marks but leaves apostrophes inside words straight
    /// ("year's"); typeset text uses ’ there too. Code spans are other inlines and stay as typed.
    /// </summary>
    private static void CurlApostrophes(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<Markdig.Syntax.Inlines.LiteralInline>())
        {
            var text = literal.Content.ToString();
            if (text.Contains('\'', StringComparison.Ordinal))
            {
                literal.Content = new Markdig.Helpers.StringSlice(InWordApostrophe().Replace(text, "’"));
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{L})'(?=\p{L}|\s|$|[.,;:!?])")]
    private static partial System.Text.RegularExpressions.Regex InWordApostrophe();

    private static string Render(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}

using System.Text;
using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Parsing.Html;
using NewsReader.Parsing.Markdown;
using NewsReader.Topics;

namespace NewsReader.Parsing;

/// <summary>
/// Turns one seed file's bytes into an <see cref="Article"/>, or says exactly why it cannot. The
/// format comes from the extension, and from the content where the extension lies (a web page
/// saved as .txt); every format yields the same model.
/// </summary>
public static class ArticleFileParser
{
    private static readonly Dictionary<string, ArticleFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = ArticleFormat.PlainText,
        [".text"] = ArticleFormat.PlainText,
        [".md"] = ArticleFormat.Markdown,
        [".markdown"] = ArticleFormat.Markdown,
        [".html"] = ArticleFormat.Html,
        [".htm"] = ArticleFormat.Html,
    };

    // Looked up by the extension's characters, not a string cut from the path: a restart asks this
    // of every listed file (100,000 strings otherwise made and dropped).
    private static readonly Dictionary<string, ArticleFormat>.AlternateLookup<ReadOnlySpan<char>> ExtensionOf = Extensions.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyCollection<string> SupportedExtensions => Extensions.Keys;

    public static bool IsSupported(string path) => ExtensionOf.ContainsKey(Path.GetExtension(path.AsSpan()));

    /// <summary>Whether a file of this name can be a saved web page: .html and .htm, and .txt until its content says otherwise.</summary>
    public static bool MayBeSavedPage(string path) => ExtensionOf.TryGetValue(Path.GetExtension(path.AsSpan()), out var format) && format is ArticleFormat.Html or ArticleFormat.PlainText;

    /// <summary>Whether the file is parsed as a saved web page: by its extension, or a .txt whose content opens as HTML.</summary>
    public static bool IsSavedPage(string path, ReadOnlySpan<byte> bytes) => ExtensionOf.TryGetValue(Path.GetExtension(path.AsSpan()), out var format)
        && (format == ArticleFormat.Html || (format == ArticleFormat.PlainText && LooksLikeHtml(bytes)));

    /// <param name="bytes">The whole file.</param>
    /// <param name="sourceFile">The path relative to the seeds folder; it also yields the id.</param>
    /// <param name="zone">Where dates written without an offset are read (the site's time zone); UTC when null.</param>
    /// <param name="boundary">The seeds folder, when the file is in one: images beside the file must really lie inside it.</param>
    /// <param name="cancellationToken">
    /// The file's time budget. Parsing checks it between stages (and the HTML tree builder at every
    /// token) and throws <see cref="OperationCanceledException"/> once it is spent.
    /// </param>
    public static ParseResult<Article> Parse(ReadOnlySpan<byte> bytes, string sourceFile, TimeZoneInfo? zone = null, SeedsFolderBoundary? boundary = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceFile);
        zone ??= TimeZoneInfo.Utc;

        if (!ExtensionOf.TryGetValue(Path.GetExtension(sourceFile.AsSpan()), out var format))
        {
            return ParseResult.Fail<Article>(
                $"unsupported file type '{Path.GetExtension(sourceFile)}' (supported: {string.Join(", ", Extensions.Keys)})");
        }

        var decoded = format == ArticleFormat.Html || (format == ArticleFormat.PlainText && LooksLikeHtml(bytes)) ? HtmlText.Decode(bytes) : TextDecoder.Decode(bytes);
        if (!decoded.IsSuccess)
        {
            return ParseResult.Fail<Article>(decoded.Error);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var text = decoded.Value.Text;
        format = Sniff(format, text);
        var parsed = format switch
        {
            ArticleFormat.Markdown => MarkdownArticleParser.Parse(text, sourceFile, zone, boundary, cancellationToken),
            ArticleFormat.Html => HtmlArticleParser.Parse(text, sourceFile, zone, boundary, cancellationToken),
            _ => PlainTextArticleParser.Parse(text),
        };
        cancellationToken.ThrowIfCancellationRequested();
        return parsed.IsSuccess
            ? ParseResult.Ok(ToArticle(parsed.Value, sourceFile, format, decoded.Value.Repaired))
            : ParseResult.Fail<Article>(parsed.Error);
    }

    /// <summary>A page saved under a plain-text name is still a page; so is Markdown with front matter.</summary>
    private static ArticleFormat Sniff(ArticleFormat byExtension, string text)
    {
        var start = text.AsSpan().TrimStart();
        if (byExtension == ArticleFormat.PlainText && (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)))
        {
            return ArticleFormat.Html;
        }

        return byExtension == ArticleFormat.PlainText && text.StartsWith("---\n", StringComparison.Ordinal) && text.Contains("\ntitle:", StringComparison.OrdinalIgnoreCase)
            ? ArticleFormat.Markdown
            : byExtension;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 256)]).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static Article ToArticle(ParsedArticle parsed, string sourceFile, ArticleFormat format, bool repaired)
    {
        var texts = parsed.Body.Select(block => block.Text).ToArray();
        var words = texts.Sum(ReadingTime.CountWords) + (parsed.Caption is null ? 0 : ReadingTime.CountWords(parsed.Caption));
        var tags = parsed.Tags.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var body = ArticleBlock.Pack([.. parsed.Body.Select(block => (block.Kind, block.Text))]);
        var repeated = parsed.Standfirst is null ? -1 : Array.IndexOf(texts, parsed.Standfirst);
        var topics = TopicExtractor.Extract(
            string.Join('\n', parsed.Body.Where(b => b.Kind == ArticleBlockKind.Heading).Select(b => b.Text).Prepend(parsed.Headline)),
            // The standfirst leads, unless the body opens with it; a photo's caption counts last.
            (repeated >= 0 ? [] : (IEnumerable<string>)[parsed.Standfirst ?? ""])
                .Concat(parsed.Body.Where(b => b.Kind != ArticleBlockKind.Heading).Select(b => b.Text)).Append(parsed.Caption ?? ""),
            tags,
            parsed.Dateline,
            parsed.Language);
        var lead = parsed.Lead is { } figure && figure.Url == parsed.LeadImage ? figure : null;
        return new Article
        {
            Id = ArticleId.FromSourceFile(sourceFile),
            Slug = parsed.Slug is { } chosen && Slug.FromHeadline(chosen) is { Length: > 0 } custom ? custom : Slug.FromHeadline(parsed.Headline),
            Headline = parsed.Headline,
            StandfirstText = repeated >= 0 ? body[repeated].Utf8 : parsed.Standfirst is { } standfirst ? new Utf8Text(standfirst) : null,
            Caption = parsed.Caption,
            Body = body,
            BodyHtml = format != ArticleFormat.PlainText && parsed.BodyHtml is { } html && parsed.Standfirst is { } standfirstText
                && Repeats.SameWords(standfirstText, parsed.Body.Where(block => block.Kind == ArticleBlockKind.Paragraph).Select(block => block.Text).FirstOrDefault())
                ? StandfirstParagraph.Mark(html, standfirstText)
                : parsed.BodyHtml,
            Byline = JoinNames(parsed.Authors),
            Authors = [.. parsed.Authors],
            Dateline = parsed.Dateline,
            SiteName = parsed.SiteName,
            OriginalUrl = parsed.OriginalUrl is { Scheme: "http" or "https" } original ? original : null,
            Language = parsed.Language,
            LeadImage = parsed.LeadImage,
            MissingImages = [.. parsed.MissingImages],
            LeadImageAlt = lead?.Alt,
            LeadImageCaption = lead?.Caption,
            LeadImageCredit = lead?.Credit,
            LeadImageWidth = lead?.Width,
            LeadImageHeight = lead?.Height,
            Tags = [.. tags],
            TopicCandidates = topics,
            Topics = [.. topics.Where(t => !t.LowerCaseToo).Take(TopicExtractor.MaxTopicsPerArticle).Select(t => t.Name)],
            ContentHash = ArticleId.HashLines([parsed.Headline, parsed.Caption ?? "", .. texts]),
            WordCount = words,
            ReadingMinutes = ReadingTime.Minutes(words),
            Published = parsed.Published,
            Updated = parsed.Updated,
            Format = format,
            SourceFile = sourceFile,
            Repaired = repaired,
        };
    }

    /// <summary>"Jane Doe", "Jane Doe and John Roe", "Ann Poe, Jane Doe and John Roe".</summary>
    private static string? JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => null,
        1 => names[0],
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}",
    };
}

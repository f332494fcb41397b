using NewsReader.Articles;
using NewsReader.Topics;

namespace NewsReader.Parsing;

/// <summary>Turns one seed file's bytes into an <see cref="Article"/>, or says exactly why it cannot.</summary>
public static class ArticleFileParser
{
    private static readonly string[] PlainTextExtensions = [".txt", ".text"];

    public static IReadOnlyList<string> SupportedExtensions => PlainTextExtensions;

    public static bool IsSupported(string path) =>
        PlainTextExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <param name="bytes">The whole file.</param>
    /// <param name="sourceFile">The path relative to the seeds folder; it also yields the id.</param>
    public static ParseResult<Article> Parse(ReadOnlySpan<byte> bytes, string sourceFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceFile);

        if (!IsSupported(sourceFile))
        {
            return ParseResult.Fail<Article>(
                $"unsupported file type '{Path.GetExtension(sourceFile)}' (supported: {string.Join(", ", PlainTextExtensions)})");
        }

        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.IsSuccess)
        {
            return ParseResult.Fail<Article>(decoded.Error);
        }

        var parsed = PlainTextArticleParser.Parse(decoded.Value.Text);
        return parsed.IsSuccess
            ? ParseResult.Ok(ToArticle(parsed.Value, sourceFile, decoded.Value.Repaired))
            : ParseResult.Fail<Article>(parsed.Error);
    }

    private static Article ToArticle(ParsedArticle parsed, string sourceFile, bool repaired)
    {
        var words = parsed.Body.Sum(block => ReadingTime.CountWords(block.Text))
            + (parsed.Caption is null ? 0 : ReadingTime.CountWords(parsed.Caption));
        return new Article
        {
            Id = ArticleId.FromSourceFile(sourceFile),
            Slug = Slug.FromHeadline(parsed.Headline),
            Headline = parsed.Headline,
            Standfirst = parsed.Standfirst,
            Caption = parsed.Caption,
            Body = parsed.Body,
            BodyHtml = ArticleHtml.Render(parsed.Body, parsed.Standfirst),
            Topics = TopicExtractor.Extract(parsed.Body.Select(block => block.Text).Prepend(parsed.Caption ?? ""), []),
            ContentHash = ArticleId.Hash(string.Join('\n', [parsed.Headline, parsed.Caption ?? "", .. parsed.Body.Select(block => block.Text)])),
            WordCount = words,
            ReadingMinutes = ReadingTime.Minutes(words),
            Published = parsed.Published,
            SourceFile = sourceFile.Replace('\\', '/'),
            Repaired = repaired,
        };
    }
}

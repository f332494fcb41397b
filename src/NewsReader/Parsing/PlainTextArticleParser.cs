using System.Collections.Immutable;
using System.Net;
using System.Text;
using NewsReader.Articles;

namespace NewsReader.Parsing;

/// <summary>
/// Reads the plain-text news shape: the headline on the first line, then blocks separated by
/// blank lines. Lines inside a block are soft-wrapped text and join with a space; no block is
/// ever dropped or merged with another.
/// </summary>
public static class PlainTextArticleParser
{
    /// <summary>A first line longer than this is a paragraph that lost its headline, not a headline.</summary>
    public const int MaxHeadlineLength = 200;

    private const int MaxKeptBuilder = 64 * 1024;

    // Ingestion parses thousands of files per thread: one builder each, not one per file.
    [ThreadStatic]
    private static StringBuilder? _block;

    public static ParseResult<ParsedArticle> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Wire and scraped text often carries the HTML entities of the page it came from ("That&#039;s"):
        // decoded here, once, so the model holds plain text and every page, feed and API encodes it once.
        var (headline, texts) = SplitBlocks(TextCleaner.RemoveInvisibleCharacters(WebUtility.HtmlDecode(text)));
        if (headline is null)
        {
            return ParseResult.Fail<ParsedArticle>(text.Length == 0
                ? "the file is empty"
                : "the file contains only whitespace");
        }

        if (headline.Length > MaxHeadlineLength)
        {
            texts.Insert(0, headline);
            headline = ShortText.Cut(headline, MaxHeadlineLength);
        }

        return ParseResult.Ok(Compose(headline, texts));
    }

    private static ParsedArticle Compose(string headline, List<string> texts)
    {
        // A scraped file often repeats the headline as its first block; it is shown once, above the body.
        if (texts.Count > 1 && Repeats.SameWords(texts[0], headline))
        {
            texts.RemoveAt(0);
        }

        // "By Jane Doe" on a line of its own right under the headline is metadata, not body.
        List<string> authors = [];
        if (texts.Count > 1 && Bylines.Parse(texts[0]) is { } names)
        {
            authors = names;
            texts.RemoveAt(0);
        }

        string? dateline = null;
        if (texts.Count > 0 && Datelines.Split(texts[0]) is { } split)
        {
            dateline = split.Dateline;
            texts[0] = split.Remainder;
        }

        string? caption = null;
        if (texts.Count >= 3 && CaptionDetector.IsCaption(texts[0]))
        {
            caption = texts[0];
            texts.RemoveAt(0);
        }

        return new ParsedArticle
        {
            Headline = headline,
            Authors = authors,
            Dateline = dateline,
            Caption = caption,
            Standfirst = texts.Count > 0 ? texts[0] : null,
            Body = [.. texts.Select(t => new ParsedBlock(ArticleBlockKind.Paragraph, t))],
        };
    }

    /// <summary>
    /// The first line, then each block's lines joined with a space (the rest of the headline's
    /// block, if any, counts as a block), whitespace collapsed; null when there is no text at all.
    /// </summary>
    private static (string? Headline, List<string> Texts) SplitBlocks(string text)
    {
        string? headline = null;
        var texts = new List<string>();
        var block = _block ?? new StringBuilder();
        _block = null;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            // The same line breaks as string.ReplaceLineEndings: CR, LF, CRLF, NEL, LS, FF, PS.
            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                EndBlock(block, texts);
            }
            else if (headline is null)
            {
                headline = TextCleaner.AppendCollapsed(block, line).ToString();
                block.Clear();
            }
            else
            {
                TextCleaner.AppendCollapsed(block.Length == 0 ? block : block.Append(' '), line);
            }
        }

        EndBlock(block, texts);
        // Kept for the thread's next file unless an outsized one grew it.
        _block = block.Capacity <= MaxKeptBuilder ? block : null;
        return (headline, texts);
    }

    private static void EndBlock(StringBuilder block, List<string> texts)
    {
        if (block.Length > 0)
        {
            texts.Add(block.ToString());
            block.Clear();
        }
    }
}

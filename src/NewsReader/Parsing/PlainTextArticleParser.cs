using System.Collections.Immutable;
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

    public static ParseResult<ParsedArticle> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var blocks = SplitBlocks(TextCleaner.RemoveInvisibleCharacters(text));
        if (blocks.Count == 0)
        {
            return ParseResult.Fail<ParsedArticle>(text.Length == 0
                ? "the file is empty"
                : "the file contains only whitespace");
        }

        var firstBlock = blocks[0];
        var headline = firstBlock[0];
        var texts = new List<string>();
        if (firstBlock.Count > 1)
        {
            // No blank line after the headline: the rest of that block is still body text.
            texts.Add(string.Join(' ', firstBlock.Skip(1)));
        }

        texts.AddRange(blocks.Skip(1).Select(lines => string.Join(' ', lines)));

        if (headline.Length > MaxHeadlineLength)
        {
            texts.Insert(0, headline);
            headline = TextCleaner.Shorten(headline, MaxHeadlineLength);
        }

        return ParseResult.Ok(Compose(headline, texts));
    }

    private static ParsedArticle Compose(string headline, List<string> texts)
    {
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
            Body = [.. texts.Select(t => new ArticleBlock(ArticleBlockKind.Paragraph, t))],
        };
    }

    /// <summary>Splits into blocks of trimmed, whitespace-normalised, non-empty lines.</summary>
    private static List<List<string>> SplitBlocks(string text)
    {
        var blocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = TextCleaner.CollapseWhitespace(rawLine);
            if (line.Length == 0)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                blocks.Add(current);
            }

            current.Add(line);
        }

        return blocks;
    }
}

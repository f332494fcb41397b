namespace NewsReader.Parsing.Markdown;

/// <summary>
/// Measures how deep a Markdown body nests its containers (block quotes and list items) before
/// Markdig reads it. Markdig stops at its own depth limit by throwing, but reaching that limit
/// through tens of thousands of list markers costs it seconds of quadratic work first. Per line,
/// each <c>&gt;</c> and list marker at its start is a level, and every two columns of indentation
/// before them one more (how nested lists are written); real articles nest a handful of levels.
/// </summary>
public static class MarkdownDepth
{
    /// <summary>Past any real article, and under Markdig's own limit (a list level costs it two).</summary>
    public const int Limit = 32;

    public static NestingDepth Measure(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var deepest = new NestingDepth(0, 0);
        var lineNumber = 0;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var depth = Containers(line);
            if (depth > deepest.Depth)
            {
                deepest = new NestingDepth(depth, lineNumber);
            }
        }

        return deepest;
    }

    private static int Containers(ReadOnlySpan<char> line)
    {
        var markers = 0;
        var columns = 0;
        var at = 0;
        while (at < line.Length)
        {
            var c = line[at];
            if (c is ' ' or '\t')
            {
                columns += markers == 0 ? (c == '\t' ? 4 : 1) : 0;
                at++;
            }
            else if (c == '>')
            {
                markers++;
                at++;
            }
            else if (c is '-' or '*' or '+' && IsGap(line, at + 1))
            {
                markers++;
                at++;
            }
            else if (OrderedMarkerLength(line[at..]) is > 0 and var length)
            {
                markers++;
                at += length;
            }
            else
            {
                break;
            }
        }

        return markers + (columns / 2);
    }

    private static bool IsGap(ReadOnlySpan<char> line, int at) => at == line.Length || line[at] is ' ' or '\t';

    /// <summary>"12." or "3)" followed by a space: CommonMark's ordered list marker (up to nine digits).</summary>
    private static int OrderedMarkerLength(ReadOnlySpan<char> rest)
    {
        var digits = 0;
        while (digits < rest.Length && digits < 10 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return digits is > 0 and < 10 && digits < rest.Length && rest[digits] is '.' or ')' && IsGap(rest, digits + 1) ? digits + 1 : 0;
    }
}

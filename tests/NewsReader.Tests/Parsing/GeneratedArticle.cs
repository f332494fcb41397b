using System.Collections.Immutable;
using System.Text;
using FsCheck;

namespace NewsReader.Tests.Parsing;

/// <summary>A valid plain-text article and the exact headline and blocks the parser must read from it.</summary>
public sealed record GeneratedArticle(
    ImmutableArray<string> HeadlineWords,
    ImmutableArray<GeneratedBlock> Blocks,
    string LineEnding,
    bool LeadingBom,
    int LeadingBlankLines,
    string BlankLine,
    string HeadlineTrailing,
    int TrailingLineEndings)
{
    public string Headline => string.Join(' ', HeadlineWords);

    public IEnumerable<string> BlockTexts => Blocks.Select(block => block.Text);

    public int WordCount => Blocks.Sum(block => block.Words.Length);

    public string Render()
    {
        var text = new StringBuilder();
        if (LeadingBom)
        {
            text.Append('\uFEFF');
        }

        for (var i = 0; i < LeadingBlankLines; i++)
        {
            text.Append(BlankLine).Append(LineEnding);
        }

        text.Append(Headline).Append(HeadlineTrailing);
        foreach (var block in Blocks)
        {
            text.Append(LineEnding);
            for (var i = 0; i < block.BlankLinesBefore; i++)
            {
                text.Append(BlankLine).Append(LineEnding);
            }

            var width = block.WordsPerLine == 0 ? block.Words.Length : block.WordsPerLine;
            for (var start = 0; start < block.Words.Length; start += width)
            {
                if (start > 0)
                {
                    text.Append(LineEnding);
                }

                text.AppendJoin(' ', block.Words.Skip(start).Take(width)).Append(block.Trailing);
            }
        }

        for (var i = 0; i < TrailingLineEndings; i++)
        {
            text.Append(LineEnding);
        }

        return text.ToString();
    }

    public override string ToString() => ArticleTextGenerators.Escape(Render());
}

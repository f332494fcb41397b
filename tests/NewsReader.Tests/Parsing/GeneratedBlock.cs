using System.Collections.Immutable;
using FsCheck;

namespace NewsReader.Tests.Parsing;

/// <summary>One body block as the generator laid it out in the file.</summary>
/// <param name="Words">The block's words; the parser must give them back joined by single spaces.</param>
/// <param name="BlankLinesBefore">Blank lines between this block and the line above; 0 only for the first block.</param>
/// <param name="WordsPerLine">Soft-wrap width in words; 0 keeps the block on one line.</param>
/// <param name="Trailing">Whitespace appended to every line of the block.</param>
public sealed record GeneratedBlock(ImmutableArray<string> Words, int BlankLinesBefore, int WordsPerLine, string Trailing)
{
    public string Text => string.Join(' ', Words);
}

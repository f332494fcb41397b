using System.Collections.Frozen;
using System.Text;

namespace NewsReader.Articles;

/// <summary>
/// Tells a quotation set apart ("“We will not back down,” she said.") from reporting that merely
/// opens with a quotation mark ("“Blue House” officials said on Monday that the talks…"). A
/// paragraph is set apart when it opens with a quotation, every quotation in it closes, the quoted
/// words outnumber the others, and what is not quoted is only an attribution: a dash and a name
/// ("— Jane Doe"), or a few words with a speaking verb ("she said", "said Jane Doe, the union's
/// leader"). The test errs towards "paragraph": a quotation shown as plain text reads fine, while
/// reporting set as a quotation puts words in someone's mouth. So an unclosed quotation (the
/// newspaper convention for a quote running on into the next paragraph) stays a paragraph too.
/// </summary>
public static class Quotations
{
    /// <summary>Longest attribution, in words: "said Jane Doe, general secretary of the union" fits; reporting does not.</summary>
    public const int MaxAttributionWords = 10;

    private const int MinQuotedWords = 3;

    private static readonly FrozenSet<string> SpeakingVerbs = FrozenSet.ToFrozenSet(
        """
        said says say told tells added adds asked asks wrote writes explained explains insisted insists
        replied replies warned warns continued recalled recalls declared declares shouted noted notes
        argued argues claimed claims stated states according agreed agrees admitted admits answered
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    public static bool IsSetApart(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);

        var text = paragraph.AsSpan().Trim();
        if (text.Length < 2 || !IsOpening(text[0]))
        {
            return false;
        }

        var (quoted, rest, closed) = Split(text);
        if (!closed)
        {
            return false;
        }

        var quotedWords = CountWords(quoted);
        var attribution = rest.Trim().TrimStart(" ,.;:".AsSpan()).ToString();
        var restWords = CountWords(attribution);
        if (quotedWords < MinQuotedWords || restWords > quotedWords || restWords > MaxAttributionWords)
        {
            return false;
        }

        return restWords == 0
            || attribution[0] is '—' or '–' or '-' or '―'
            || attribution.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => SpeakingVerbs.Contains(word.Trim(',', '.', ';', ':')));
    }

    /// <summary>The text inside quotation marks and the text outside them; closed is false when a quotation never ends.</summary>
    private static (string Quoted, string Unquoted, bool Closed) Split(ReadOnlySpan<char> text)
    {
        var quoted = new StringBuilder(text.Length);
        var rest = new StringBuilder();
        char? open = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open is null && IsOpening(c))
            {
                open = c;
                quoted.Append(' ');
            }
            else if (open is { } opener && Closes(opener, c, next: i + 1 < text.Length ? text[i + 1] : ' '))
            {
                open = null;
                rest.Append(' ');
            }
            else
            {
                (open is null ? rest : quoted).Append(c);
            }
        }

        return (quoted.ToString(), rest.ToString(), open is null);
    }

    private static bool IsOpening(char c) => c is '“' or '"' or '‘' or '«' or '„';

    /// <summary>A closing ’ followed by a letter is an apostrophe inside a quoted word ("I’m"), not the end.</summary>
    private static bool Closes(char opener, char c, char next) => opener switch
    {
        '“' => c is '”',
        '"' => c is '"',
        '‘' => c is '’' && !char.IsLetter(next),
        '«' => c is '»',
        _ => c is '“' or '”',
    };

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit));
}

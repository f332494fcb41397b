using System.Collections.Frozen;
using System.Text;

namespace NewsReader.Articles;

/// <summary>
/// Tells a quotation set apart ("“We will not back down,” she said.") from reporting that merely
/// opens with a quotation mark ("“Blue House” officials said on Monday that the talks…"). A
/// paragraph is set apart when it opens with a quotation that ends as speech does (with
/// punctuation inside or right after the closing mark, so a quoted name or phrase does not count),
/// every quotation in it closes, and what is not quoted is only an attribution: a dash and a name
/// ("— Jane Doe"), or a few words with a speaking verb ("she said", "said Jane Doe, the union's
/// leader"). The test errs towards "paragraph": a quotation shown as plain text reads fine, while
/// reporting set as a quotation puts words in someone's mouth. So a long attribution, or an
/// unclosed quotation (the convention for a quote running on into the next paragraph), stays a
/// paragraph too.
/// </summary>
public static class Quotations
{
    /// <summary>Longest attribution, in words: "said Jane Doe, general secretary of the union" fits; reporting does not.</summary>
    public const int MaxAttributionWords = 10;

    private static readonly FrozenSet<string> SpeakingVerbs = FrozenSet.ToFrozenSet(
        """
        said says say told tells added adds asked asks wrote writes explained explains insisted insists
        replied replies warned warns continued recalled recalls declared declares shouted noted notes
        argued argues claimed claims stated states according agreed agrees admitted admits answered
        dit déclaré affirmé selon sagte sagt erklärte dijo afirmó según disse detto
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

        var (first, rest, closed) = Split(text);
        if (!closed || !EndsAsSpeech(first))
        {
            return false;
        }

        var attribution = rest.Trim().TrimStart(" ,.;:!?…".AsSpan()).ToString();
        var restWords = CountWords(attribution);
        if (restWords > MaxAttributionWords)
        {
            return false;
        }

        return restWords == 0
            || attribution[0] is '—' or '–' or '-' or '―'
            || attribution.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => SpeakingVerbs.Contains(word.Trim(',', '.', ';', ':')));
    }

    /// <summary>
    /// The first quotation (with the character after its closing mark, where British style puts
    /// the comma) and the text outside all quotations; closed is false when a quotation never ends.
    /// </summary>
    private static (string First, string Unquoted, bool Closed) Split(ReadOnlySpan<char> text)
    {
        var rest = new StringBuilder();
        string? first = null;
        var start = 0;
        char? open = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (open is null && IsOpening(c))
            {
                (open, start) = (c, i + 1);
                rest.Append(' ');
            }
            else if (open is { } opener && Closes(opener, c, next))
            {
                first ??= string.Concat(text[start..i], [next]);
                open = null;
            }
            else if (open is null)
            {
                rest.Append(c);
            }
        }

        return (first ?? "", rest.ToString(), open is null && first is not null);
    }

    /// <summary>The quotation's last character, or the one right after its closing mark, ends a clause.</summary>
    private static bool EndsAsSpeech(string quotationAndNext) =>
        quotationAndNext.Length > 1 && (IsClauseEnd(quotationAndNext[^1]) || IsClauseEnd(quotationAndNext[^2]));

    private static bool IsClauseEnd(char c) => c is ',' or '.' or '!' or '?' or '…' or ';' or ':';

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

using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace NewsReader.Parsing;

/// <summary>
/// Tells a photo caption ("Donald Trump and Kim Jong Un at a meeting in Asia.") from a short
/// lead paragraph ("Tony Blair has become Labour's longest-serving prime minister.").
/// A caption is a short noun phrase: one sentence, no quotation, and no finite verb. The test
/// errs towards "paragraph", because a lead shown as a caption reads worse than the reverse.
/// </summary>
public static partial class CaptionDetector
{
    public const int MaxWords = 16;

    // Auxiliaries, reporting verbs and the irregular verbs news leads use most; regular past
    // tenses are caught by their "-ed" ending.
    private static readonly FrozenSet<string> FiniteVerbs = FrozenSet.ToFrozenSet(
        """
        is are was were be been being has have had will would shall should can could may might must
        do does did say says said tell tells told hit hits fell falls rose rises grew grows sent sends
        show shows begin begins began continue continues lie lies face faces plan plans win wins won
        lost lose loses make makes made take takes took give gives gave get gets got go goes went
        come comes came see sees saw set sets cut cuts put puts lead leads led keep keeps kept hold
        holds held find finds found call calls want wants need needs seek seeks sought vow vows
        warn warns urge urges back backs join joins quit quits
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    public static bool IsCaption(string block)
    {
        ArgumentNullException.ThrowIfNull(block);

        var words = block.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > MaxWords || SentenceBreakOrQuotation().IsMatch(block))
        {
            return false;
        }

        return !words.Select(Bare).Any(LooksLikeFiniteVerb);
    }

    private static bool LooksLikeFiniteVerb(string word) =>
        FiniteVerbs.Contains(word)
        || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
        || (word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));

    private static string Bare(string word) => word.Trim('.', ',', '(', ')', '[', ']', '\'', '’', '‘').Replace('’', '\'');

    [GeneratedRegex(@"[.!?]\s+\S|[""“”:;?!]")]
    private static partial Regex SentenceBreakOrQuotation();
}

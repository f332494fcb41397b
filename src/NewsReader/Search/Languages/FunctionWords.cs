using System.Collections.Frozen;

namespace NewsReader.Search.Languages;

/// <summary>
/// The very common words of each Latin-script language the detector tells apart (articles,
/// pronouns, prepositions, auxiliaries): a few dozen of them make up a large share of any text in
/// the language, so counting them tells the language of a paragraph. A word several languages
/// share counts for each.
/// </summary>
internal static class FunctionWords
{
    public static readonly TextLanguage[] Languages =
        [TextLanguage.English, TextLanguage.French, TextLanguage.German, TextLanguage.Spanish, TextLanguage.Portuguese, TextLanguage.Italian, TextLanguage.Dutch];

    private static readonly string[] Lists =
    [
        "the of and to in is that it was for on with as are be this by have from at not but they his which you has were had been will would their its an or she he said who",
        "le la les des est une dans pour que qui pas sur au aux avec par il elle ce sont du ont mais leur cette été nous un et en se plus ou son sa ses être fait",
        "der die das und ist nicht ein eine mit den dem auf sich für von zu im des auch es sie wird werden wir aus bei nach einen einer war hat oder wie noch nur",
        "el la los las del que en un una es por con para se su al lo como más pero sus fue ha este está son entre y no le ya sobre esta también hay",
        "o a os as do da dos das que em um uma não para com se por mais como mas foi ao ele é são está também e no na nos nas pelo pela seu sua",
        "il la di che è per un una non sono del della con gli le si anche nel alla come più ma questo ha essere dei e al da in lo delle ed",
        "de het een en van in is dat op te zijn niet met voor die er aan ook als bij door wordt naar heeft worden maar nog werd om uit dan",
    ];

    /// <summary>The function words of one of <see cref="Languages"/>.</summary>
    public static IEnumerable<string> Of(TextLanguage language) => Lists[Array.IndexOf(Languages, language)].Split(' ');

    /// <summary>Each word with one bit per language of <see cref="Languages"/> that uses it.</summary>
    public static readonly FrozenDictionary<string, int> Masks = BuildMasks();

    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MasksBySpan = Masks.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, int> BuildMasks()
    {
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var language = 0; language < Lists.Length; language++)
        {
            foreach (var word in Lists[language].Split(' '))
            {
                masks[word] = masks.GetValueOrDefault(word) | (1 << language);
            }
        }

        return masks.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

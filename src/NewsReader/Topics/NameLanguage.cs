using System.Collections.Frozen;
using NewsReader.Search.Languages;

namespace NewsReader.Topics;

/// <summary>
/// What the language of an article changes about reading names from it: the words that are never
/// a name nor part of one at its start — articles, prepositions, pronouns, conjunctions and the
/// names of weekdays and months ("La Banque", "El Gobierno", "Donnerstag") — and whether every noun
/// is capitalised (German), so that a capital alone says nothing. English keeps the scanner's own
/// lists, and its words are never read in another language's ("Los Angeles", "Le Pen", "Des Moines").
/// </summary>
internal sealed class NameLanguage
{
    public static readonly NameLanguage English = new(TextLanguage.English, FrozenSet<string>.Empty);

    private static readonly Dictionary<TextLanguage, string> Words = new()
    {
        [TextLanguage.French] = """
            le la les l un une des du de au aux et ou mais donc car ni que qui quoi dont où ce cet cette ces
            il elle ils elles on nous vous je tu lui leur leurs son sa ses mon ma mes notre nos votre vos
            dans sur sous avec sans pour par chez vers entre selon depuis pendant après avant contre lors
            selon malgré ainsi alors aussi si tout tous toute toutes plusieurs chaque
            lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
            août septembre octobre novembre décembre aujourd'hui hier demain
            """,
        [TextLanguage.German] = """
            der die das den dem des ein eine einen einem einer eines und oder aber doch denn sondern dass
            ich du er sie es wir ihr man sein seine seinen seiner ihre ihren ihrer dies diese dieser dieses
            diesem diesen jener jede jeder jedes alle mit ohne von vom zu zum zur bei beim aus nach seit für
            gegen um über unter vor hinter neben zwischen durch an am im in ins auf wie wenn als ob auch
            noch nur schon nicht kein keine laut trotz während wegen
            montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar jänner februar
            märz april mai juni juli august september oktober november dezember heute gestern morgen
            """,
        [TextLanguage.Spanish] = """
            el la los las lo un una unos unas del al y e o u ni pero sino que quien cual cuyo donde
            él ella ellos ellas usted nosotros su sus mi mis este esta estos estas ese esa eso esos esas
            en de con sin para por sobre entre desde hasta hacia contra según tras durante ante bajo como
            también cuando si todo todos toda todas cada
            lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio
            agosto septiembre setiembre octubre noviembre diciembre hoy ayer mañana
            """,
        [TextLanguage.Portuguese] = """
            o a os as um uma uns umas do da dos das no na nos nas ao aos pelo pela pelos pelas e ou mas
            nem que quem qual onde ele ela eles elas você nós seu sua seus suas este esta estes estas esse
            essa isso aquele aquela em de com sem para por sobre entre desde até contra segundo após durante
            como também quando se todo todos toda todas cada
            segunda terça quarta quinta sexta sábado domingo janeiro fevereiro março abril maio junho
            julho agosto setembro outubro novembro dezembro hoje ontem amanhã
            """,
        [TextLanguage.Italian] = """
            il lo la i gli le l un uno una del dello della dei degli delle al allo alla ai agli alle nel
            nello nella nei negli nelle e ed o ma né che chi cui dove lui lei loro noi voi suo sua suoi sue
            questo questa questi queste quello quella in di da con senza per su tra fra verso contro secondo
            dopo prima durante come anche quando se tutto tutti tutta tutte ogni
            lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio
            giugno luglio agosto settembre ottobre novembre dicembre oggi ieri domani
            """,
        [TextLanguage.Dutch] = """
            de het een en of maar want dat die dit deze wie wat waar hij zij ze wij we jij u hun zijn haar
            ons onze mijn in op aan bij met zonder voor door naar uit van over onder tegen tussen na sinds
            tijdens volgens als ook toen wanneer alle elke ieder
            maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei
            juni juli augustus september oktober november december vandaag gisteren morgen
            """,
    };

    private static readonly Dictionary<TextLanguage, NameLanguage> ByLanguage = Words.ToDictionary(
        w => w.Key, w => new NameLanguage(w.Key, Set(w.Key, w.Value)));

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _leading;

    private NameLanguage(TextLanguage language, FrozenSet<string> leading)
    {
        Language = language;
        _leading = leading.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TextLanguage Language { get; }

    /// <summary>German capitalises every noun: one capitalised word is no evidence of a name.</summary>
    public bool CapitalisesNouns => Language == TextLanguage.German;

    /// <summary>How names are read in a language: English's way for English and for languages without a list here.</summary>
    public static NameLanguage For(TextLanguage language) => ByLanguage.GetValueOrDefault(language) ?? English;

    /// <summary>
    /// The article's language: its metadata's tag, else what the detector reads in its headline and
    /// first paragraphs (a short text it cannot tell is English, as every article was read before).
    /// </summary>
    public static NameLanguage Of(string? tag, string headline, IReadOnlyList<string> paragraphs)
    {
        if (TextLanguages.FromTag(tag) is { } declared)
        {
            return For(declared);
        }

        return For(LanguageDetector.Detect(headline, paragraphs, sampleLength: 1000));
    }

    /// <summary>Whether the word, in any case, is a function word, weekday or month of this language.</summary>
    public bool IsLeading(ReadOnlySpan<char> word) => _leading.Contains(word);

    // The detector's own common words of the language are never names either.
    private static FrozenSet<string> Set(TextLanguage language, string words)
    {
        var bit = 1 << Array.IndexOf(FunctionWords.Languages, language);
        return words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Concat(FunctionWords.Masks.Where(m => (m.Value & bit) != 0).Select(m => m.Key))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}

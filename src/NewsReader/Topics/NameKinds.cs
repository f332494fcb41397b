using System.Collections.Frozen;
using NewsReader.Articles;

namespace NewsReader.Topics;

/// <summary>
/// The clues a name carries about what it names, without any network service. Organisations by a
/// word in the name ("Bank of England", "Yukos Oil Company", "Chelsea FC") or an acronym; places by
/// the gazetteer (<see cref="Places"/>) or a word like "Street"; people by what the article says
/// around them (<see cref="Clues"/>). It errs towards <see cref="TopicKind.Unknown"/>: a topic left
/// out of the groups by kind costs less than "Lib Dems" listed among people.
/// </summary>
internal static class NameKinds
{
    private static readonly FrozenSet<string> OrganisationWords = Words(
        """
        party parties ministry department office bank council university college school hospital inc ltd
        corp corporation co plc llc ag sa gmbh nv fc afc club agency commission committee association union
        group company companies fund organisation organization board court service services institute
        foundation federation league authority parliament congress senate assembly airways airlines
        motors reserve exchange police army navy force forces network holdings times post news journal
        telegraph guardian herald tribune press industry economist television radio bbc trust society church cabinet
        executive government democrats republicans industries international systems technologies
        communications energy petroleum oil gas electric telecom securities insurance capital partners
        ventures records studios pictures entertainment media labs team united city rovers wanderers boerse bourse
        movement front alliance coalition brigade brigades taliban
        """);

    private static readonly FrozenSet<string> PlaceWords = Words(
        "street road avenue square river mountains mountain island islands valley lake sea ocean county province state region airport bay peninsula coast desert");

    /// <summary>Capitals that are not names: units, time zones, titles of things rather than things that act.</summary>
    private static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
        """
        GDP GNP TV ID GMT BST EST PST UTC CEO CFO COO CTO MP MPs PM AM MEP MEPs DVD DVDs CD CDs PC PCs IT
        OK VAT IPO UFO DNA HQ FAQ PhD MBA AGM ASAP PR BC AD AIDS HIV SARS CO2 PS Q1 Q2 Q3 Q4
        Christmas Easter Ramadan Thanksgiving Halloween New_Year Boxing_Day
        Muslim Muslims Islamic Jewish Jew Jews Christian Christians Catholic Catholics Protestant Protestants
        Hindu Hindus Sikh Sikhs Buddhist Buddhists Arab Arabs Nazi Nazis Sunni Sunnis Shia Shiite Shiites
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Replace('_', ' ')),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The head word of many names, which alone names none of them: "Office" is left of "the Home
    /// Office" when a sentence says "the Office", "Times" of "The Financial Times".
    /// </summary>
    private static readonly FrozenSet<string> GenericAlone = Words(
        """
        office department house times commission committee court bank council ministry agency company group
        association university college school hospital city street post news justice western eastern
        northern southern central national international federal royal general
        """);

    /// <inheritdoc cref="GenericAlone"/>
    public static bool IsGenericAlone(string name) => GenericAlone.Contains(name);

    public static bool IsOrganisationWord(ReadOnlySpan<char> word) => OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>An acronym or word that is capitalised but names nothing a reader would follow ("GDP", "TV", "MPs").</summary>
    public static bool IsNotAName(string name) => NotNames.Contains(name);

    /// <inheritdoc cref="IsNotAName(string)"/>
    public static bool IsNotAName(ReadOnlySpan<char> name) => NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>The kind a name's own words say, given the clues its article gave.</summary>
    public static TopicKind Of(string name, bool isPlace, Clues clues)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (isPlace)
        {
            return TopicKind.Place;
        }

        var words = name.Split(' ');
        if (words.Any(w => OrganisationWords.Contains(w)) || IsAcronym(words[0]))
        {
            return TopicKind.Organisation;
        }

        if (PlaceWords.Contains(words[^1]))
        {
            return TopicKind.Place;
        }

        // A title before a name, or "said" after it, is said of people; "Mr Blair" is a person
        // however many words are left.
        // "Labour said" is said of parties and firms too: only a name of two to four plain words
        // ("Tony Blair said") is taken for a person on that clue alone.
        return clues.HasFlag(Clues.Titled) || (clues.HasFlag(Clues.Speaks) && words.Length is >= 2 and <= 4 && words.All(w => w.Length > 0 && char.IsUpper(w[0])))
            ? TopicKind.Person
            : TopicKind.Unknown;
    }

    public static bool IsAcronym(string word) =>
        word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c)) && word.Any(char.IsLetter);

    private static FrozenSet<string> Words(string text) => FrozenSet.ToFrozenSet(
        text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}

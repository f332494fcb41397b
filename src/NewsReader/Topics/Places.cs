using System.Collections.Frozen;

namespace NewsReader.Topics;

/// <summary>
/// A small gazetteer, written down because the app has no network: countries with their other names
/// and demonyms, continents and regions, and capitals and large cities. It names a topic's kind
/// (place) and folds the ways of saying one place into one topic: "North Korean" and "North Korea",
/// "French" and "France", "Britain", "British" and "UK" are each one topic. A country is shown by its
/// common short name ("United States", "United Kingdom"); a demonym folds into its country, since a
/// reader following "French" news wants France's. Words that are also a language or an adjective
/// ("English") fold too: in news text they almost always point at the place.
/// </summary>
internal static class Places
{
    // Each line: the name shown | other names and demonyms that fold into it. Plurals of demonyms
    // ("Germans") fold by dropping the "s" (see Canonical).
    private const string Data = """
        Afghanistan|Afghan
        Albania|Albanian
        Algeria|Algerian
        Angola|Angolan
        Argentina|Argentine|Argentinian
        Armenia|Armenian
        Australia|Australian|Aussie
        Austria|Austrian
        Azerbaijan|Azerbaijani
        Bahrain|Bahraini
        Bangladesh|Bangladeshi
        Belarus|Belarusian
        Belgium|Belgian
        Bolivia|Bolivian
        Bosnia|Bosnian|Bosnia and Herzegovina
        Brazil|Brazilian
        Bulgaria|Bulgarian
        Burma|Burmese|Myanmar
        Cambodia|Cambodian
        Cameroon|Cameroonian
        Canada|Canadian
        Chile|Chilean
        China|Chinese|People's Republic of China|PRC
        Colombia|Colombian
        Congo|Congolese|Democratic Republic of Congo|DR Congo
        Croatia|Croatian|Croat
        Cuba|Cuban
        Cyprus|Cypriot
        Czech Republic|Czech|Czechia
        Denmark|Danish|Dane
        Ecuador|Ecuadorian
        Egypt|Egyptian
        England|English|Englishman
        Estonia|Estonian
        Ethiopia|Ethiopian
        Finland|Finnish|Finn
        France|French|Frenchman
        Georgia|Georgian
        Germany|German
        Ghana|Ghanaian
        Greece|Greek
        Haiti|Haitian
        Hong Kong
        Hungary|Hungarian
        Iceland|Icelandic|Icelander
        India|Indian
        Indonesia|Indonesian
        Iran|Iranian
        Iraq|Iraqi
        Ireland|Irish|Republic of Ireland|Irishman
        Israel|Israeli
        Italy|Italian
        Ivory Coast|Ivorian|Côte d'Ivoire
        Jamaica|Jamaican
        Japan|Japanese
        Jordan|Jordanian
        Kazakhstan|Kazakh
        Kenya|Kenyan
        Korea|Korean
        Kosovo|Kosovar
        Kuwait|Kuwaiti
        Latvia|Latvian
        Lebanon|Lebanese
        Libya|Libyan
        Lithuania|Lithuanian
        Malaysia|Malaysian
        Mexico|Mexican
        Mongolia|Mongolian
        Morocco|Moroccan
        Mozambique|Mozambican
        Nepal|Nepalese|Nepali
        Netherlands|Dutch|Holland|Dutchman
        New Zealand|New Zealander|Kiwi
        Nigeria|Nigerian
        North Korea|North Korean|DPRK
        Northern Ireland
        Norway|Norwegian
        Pakistan|Pakistani
        Palestine|Palestinian|Palestinian territories
        Peru|Peruvian
        Philippines|Filipino|Philippine
        Poland|Polish|Pole
        Portugal|Portuguese
        Qatar|Qatari
        Romania|Romanian
        Russia|Russian|Russian Federation
        Rwanda|Rwandan
        Saudi Arabia|Saudi
        Scotland|Scottish|Scot|Scots|Scotsman
        Serbia|Serbian|Serb
        Singapore|Singaporean
        Slovakia|Slovak
        Slovenia|Slovenian|Slovene
        Somalia|Somali
        South Africa|South African
        South Korea|South Korean
        Spain|Spanish|Spaniard
        Sri Lanka|Sri Lankan
        Sudan|Sudanese
        Sweden|Swedish|Swede
        Switzerland|Swiss
        Syria|Syrian
        Taiwan|Taiwanese
        Tanzania|Tanzanian
        Thailand|Thai
        Tunisia|Tunisian
        Turkey|Turkish|Turk
        Uganda|Ugandan
        Ukraine|Ukrainian
        United Arab Emirates|UAE|Emirati
        United Kingdom|UK|Britain|Great Britain|British|Briton|Brit
        United States|US|USA|America|American|United States of America
        Uruguay|Uruguayan
        Uzbekistan|Uzbek
        Venezuela|Venezuelan
        Vietnam|Vietnamese
        Wales|Welsh|Welshman
        Yemen|Yemeni
        Zambia|Zambian
        Zimbabwe|Zimbabwean
        Africa|African
        Antarctica|Antarctic
        Arctic
        Asia|Asian
        Europe|European
        Latin America|Latin American
        Middle East|Mideast
        North America|North American
        South America|South American
        Balkans|Balkan
        Caribbean
        Gulf
        Scandinavia|Scandinavian
        Siberia|Siberian
        Kashmir|Kashmiri
        Tibet|Tibetan
        Chechnya|Chechen
        Darfur
        Gaza|Gaza Strip
        West Bank
        Crimea
        Kurdistan|Kurdish|Kurd
        Amsterdam
        Athens
        Baghdad
        Bangkok
        Beijing
        Beirut
        Berlin
        Brussels
        Budapest
        Buenos Aires
        Cairo
        Canberra
        Cape Town
        Chicago
        Copenhagen
        Damascus
        Delhi|New Delhi
        Dhaka
        Dubai
        Dublin
        Edinburgh
        Frankfurt
        Geneva
        Glasgow
        Hanoi
        Havana
        Helsinki
        Islamabad
        Istanbul
        Jakarta
        Jerusalem
        Johannesburg
        Kabul
        Karachi
        Kiev|Kyiv
        Lagos
        Lisbon
        London|Londoner
        Los Angeles
        Madrid
        Manchester
        Manila
        Mexico City
        Milan
        Moscow|Muscovite
        Mumbai|Bombay
        Munich
        Nairobi
        New York|New Yorker|New York City
        Oslo
        Ottawa
        Paris|Parisian
        Prague
        Pyongyang
        Rio de Janeiro
        Riyadh
        Rome
        San Francisco
        Santiago
        Sao Paulo|São Paulo
        Seoul
        Shanghai
        Stockholm
        Sydney
        Tehran
        Tel Aviv
        Tokyo
        Toronto
        Vienna
        Warsaw
        Washington|Washington DC
        Zurich
        Alabama
        Alaska
        Arizona
        California|Californian
        Colorado
        Florida
        Hawaii
        Illinois
        Massachusetts
        Michigan
        Nevada
        New Jersey
        Ohio
        Oregon
        Pennsylvania
        Texas|Texan
        Virginia
        """;

    private static readonly FrozenDictionary<string, string> Names = Build();

    private static FrozenDictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Data.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|');
            foreach (var part in parts)
            {
                names.TryAdd(part, parts[0]);
            }
        }

        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The place a name or demonym stands for ("Germans" → "Germany"), or null when it is not one the gazetteer knows.</summary>
    public static string? Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Names.TryGetValue(name, out var place))
        {
            return place;
        }

        // "Germans", "North Koreans", "Britons": a demonym's plural, never a country's.
        return name.Length > 3 && name[^1] == 's' && Names.TryGetValue(name[..^1], out place) && place != name[..^1] ? place : null;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsReader.Parsing;

/// <summary>
/// The people's names in whatever a page offers as its byline: "by Steven Musil January 18, 2017
/// 11:00 PM PST @stevenmusil" → "Steven Musil". Dates, times, relative times ("8h"), handles,
/// e-mail and web addresses, roles ("Staff Writer") and "By"/"Par"/"Von"/"Por" are dropped; the
/// rest is split at commas and "and"/"et"/"und"/"y"… and every piece must look like a name
/// (letters, capitalised words, no digits). It errs towards no byline: a wrong name is worse than none.
/// </summary>
public static partial class BylineNames
{
    private const int MaxNameLength = 60;
    private const int MaxNameWords = 6;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "le", "la", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y",
    };

    // Words that never stand in a person's name but often sit next to one in a byline box.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "posted", "modified", "last", "ago", "read", "min", "mins", "share", "comments", "comment", "follow", "email",
        "photo", "photos", "image", "images", "video", "getty", "am", "pm", "today", "yesterday", "uhr", "vor", "hace", "publié", "publiée",
        "mis", "jour", "aktualisiert", "veröffentlicht", "actualizado", "publicado", "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt",
        "anonymous", "anónimo", "anonyme", "anonimo", "unknown", "admin", "administrator", "staff", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes",
        "sábado", "domingo", "view", "profile", "bio", "more", "all", "posts", "articles", "beiträge", "artikel", "sign", "subscribe",
        "aktuelle", "meldung", "pressemitteilung", "news", "press", "release", "communiqué", "stand", "facebook", "twitter", "flipboard",
        "whatsapp", "linkedin", "instagram", "pinterest", "mail", "print", "drucken", "teilen", "partager", "compartir",
    };

    /// <summary>The distinct names in a byline, in its order; empty when nothing in it is a name.</summary>
    public static List<string> Clean(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return [];
        }

        var text = TextCleaner.CollapseWhitespace(byline);
        foreach (var noise in (Regex[])[Credit(), Address(), Handle(), IsoDate(), NumericDate(), DayMonth(), MonthDay(), ClockTime(), RelativeTime(), Year()])
        {
            text = noise.Replace(text, ",");
        }

        var names = new List<string>();
        foreach (var piece in Separator().Split(text))
        {
            var name = Role().Replace(Lead().Replace(piece.Trim(), ""), "").Trim(' ', '.', ',', ':', '-', '–', '—', '→', '»', '«', '"', '“', '”', '(', ')', '[', ']');
            name = WithoutLabels(Lead().Replace(name, "").Trim());
            if (LooksLikeName(name))
            {
                // "JANE DOE" is shouted; "NDR" or "EFE" is an acronym and stays.
                var cased = name.Any(char.IsLower) || !name.Contains(' ', StringComparison.Ordinal) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
                if (!names.Contains(cased, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(cased);
                }
            }
        }

        // Beside a full name, a lone word is the outlet or the place ("Rob Picheta and CNN", "Jane Doe, Frankfurt").
        return names.Any(n => n.Contains(' ', StringComparison.Ordinal)) ? [.. names.Where(n => n.Contains(' ', StringComparison.Ordinal))] : names;
    }

    /// <summary>Capitalised words of letters (particles such as "van" or "de" aside); no digits, no sentence.</summary>
    public static bool LooksLikeName(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        // A colon inside is a label or a headline ("Jane Doe: My year abroad"), never a name.
        if (candidate.Length is < 2 or > MaxNameLength || candidate.Any(char.IsDigit) || candidate.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxNameWords || words.Any(NotNameWords.Contains) || !words.Any(w => w.Count(char.IsLetter) >= 2))
        {
            return false;
        }

        // Scripts without letter case (CJK, Arabic, Hebrew…) pass: only cased scripts can be checked for capitals.
        return char.IsLetter(candidate[0]) && words.All(word => Particles.Contains(word) || (word.Any(char.IsLetter) && !char.IsLower(word[0])));
    }

    /// <summary>"Jane Doe Stand" or "Updated Jane Doe": a label beside the name, left when the date after it went, is not part of it.</summary>
    private static string WithoutLabels(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (NotNameWords.Contains(words[^1].TrimEnd(':', '.')) || Weekday().IsMatch(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        while (words.Count > 1 && NotNameWords.Contains(words[0].TrimEnd(':', '.')))
        {
            words.RemoveAt(0);
        }

        // "Our staff" is no "Our": a lone word left after a label went is a guess, not a name.
        return words.Count == piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length || words.Count > 1 ? string.Join(' ', words) : "";
    }

    private const string Months =
        "jan(?:uary|vier|uar|eiro)?|feb(?:ruary|ruar)?|févr(?:ier)?|fevereiro|mar(?:ch|s|zo|ço)?|märz|apr(?:il|ile)?|avril|abril|may|mai|mayo|maggio|maio|"
        + "june?|juin|juni|junio|giugno|junho|july?|juil(?:let)?|juli|julio|luglio|julho|aug(?:ust)?|août|agosto|sep(?:t|tember|tembre|tiembre)?|settembre|setembro|"
        + "oct(?:ober|obre)?|okt(?:ober)?|octubre|ottobre|outubro|nov(?:ember|embre|iembre)?|novembro|dec(?:ember)?|déc(?:embre)?|dez(?:ember|embro)?|diciembre|dicembre|"
        + "ene(?:ro)?|gennaio|febbraio|febrero|fevrier|enero|januari|februari|maart|mei|augustus";

    [GeneratedRegex(@"\S+@\S+\.\w+|https?://\S+|www\.\S+|\b[\w-]+\.(?:com|org|net|co\.uk|de|fr|es|it|nl|at|ch)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    // A photo or interview credit beside the byline: "Foto: Jane Doe" names the photographer.
    [GeneratedRegex(@"\b(?:fotos?|photos?|bilder?|illustrations?|grafik|video|images?|credits?)\s*:.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    // An abbreviated weekday whose date was taken away ("Fr, 19.10.2019").
    [GeneratedRegex(@"^(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Lun|Mar|Mer|Jeu|Ven|Sam|Dim)\.?,?$", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?<!\w)@\w+")]
    private static partial Regex Handle();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex($@"\b\d{{1,2}}(?:er|\.|º|st|nd|rd|th)?\s+(?:de\s+)?(?:{Months})\b\.?(?:,?\s+(?:de\s+)?\d{{4}})?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex($@"\b(?:{Months})\b\.?\s+\d{{1,4}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}T|UTC|GMT|CET|CEST|Uhr)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b\d+\s*(?:s|m|h|d|w|y|mo|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?|std\.?|stunden?|tagen?|heures?|jours?|horas?|días?)\b(?:\s+ago)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"\b(?:1[89]|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\s*(?:[,;|•·/\u2022]|\s[—–-]\s|—|\s(?:and|und|et|y|e|en|og|och|i|ve|и)\s|&|\u2026)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    // "By", its translations and the phrases of author boxes ("View all posts by"), repeated: "by and".
    [GeneratedRegex(@"^(?:(?:(?:written|posted|reported|story|words|text|reporting|compiled|edited|view\s+all\s+posts|all\s+posts|more\s+stories|articles?)\s+by|(?:zeige\s+)?alle\s+beiträge\s+von|mehr\s+von|by|par|von|por|di|door|av|af|from|and|und|et|author|autor|auteur|autore|auteurs?|texte?)(?:\s*:|\s+|$))+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@",?\s*\b(?:(?:senior|chief|staff|special|contributing|political|foreign|technology|tech|science|health|business|sports?|associate|deputy|managing|executive|news|economics|freelance|guest|white\s+house|national|investigative|digital)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|photographer|analyst|critic|redakteur(?:in)?|rédacteur|rédactrice|journaliste|periodista|redactor)s?\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Role();
}

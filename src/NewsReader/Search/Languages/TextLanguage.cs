namespace NewsReader.Search.Languages;

/// <summary>
/// A language search can analyse: each has a Snowball stemmer (<see cref="Stemmers"/>). Text in
/// any other language, or whose language cannot be told, is <see cref="Other"/>: folded, not
/// stemmed. One byte, so tables per language are plain arrays.
/// </summary>
public enum TextLanguage : byte
{
    Other,
    English,
    French,
    German,
    Spanish,
    Portuguese,
    Italian,
    Dutch,
    Russian,
    Swedish,
    Danish,
    Norwegian,
    Finnish,
    Hungarian,
    Romanian,
    Turkish,
    Catalan,
}

namespace NewsReader.Search;

/// <summary>One indexed word: its search term (folded and stemmed), its folded surface form, and where it sits in the text.</summary>
public readonly record struct SearchToken(string Term, string Folded, int Start, int Length);

namespace NewsReader.Parsing;

/// <summary>A file's text, and whether decoding had to fall back from UTF-8.</summary>
public sealed record DecodedText(string Text, bool Repaired);

namespace NewsReader.Parsing;

/// <summary>How deep an input nests, and the line where it is deepest, from a pre-scan.</summary>
/// <param name="Depth">The deepest nesting found (a scan may stop counting just past its limit).</param>
/// <param name="Line">The line (1-based, in the scanned text) where that depth was reached.</param>
public readonly record struct NestingDepth(int Depth, int Line);

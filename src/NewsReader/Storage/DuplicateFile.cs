namespace NewsReader.Storage;

/// <summary>A file whose article is the same as another's; it is published once, under the other's permalink.</summary>
public sealed record DuplicateFile(string SourceFile, string DuplicateOf);

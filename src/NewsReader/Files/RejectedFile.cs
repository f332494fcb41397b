namespace NewsReader.Files;

/// <summary>A seed file that did not become an article, and the reason an operator can act on.</summary>
public sealed record RejectedFile(string SourceFile, string Reason);

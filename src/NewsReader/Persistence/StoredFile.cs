using NewsReader.Articles;

namespace NewsReader.Persistence;

/// <summary>
/// What one seed file gave at the last load, as the snapshot store keeps it: the file's size, time
/// and content hash to recognise it by, and its article, its error, or both (a file that stopped
/// parsing keeps its last good version).
/// </summary>
/// <param name="SourceFile">The path relative to the seeds folder, with forward slashes.</param>
/// <param name="ContentHash">XxHash3 of the file's bytes: tells a copied or touched file from a changed one.</param>
public sealed record StoredFile(string SourceFile, long Length, DateTime LastWriteUtc, ulong ContentHash, Article? Article, string? Error);

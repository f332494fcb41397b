namespace NewsReader.Ingestion;

/// <summary>A file found under the seeds folder, with what tells whether it changed since the last scan.</summary>
public sealed record SeedFile(string SourceFile, string FullPath, long Length, DateTime LastWriteUtc);

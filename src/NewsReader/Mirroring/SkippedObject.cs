namespace NewsReader.Mirroring;

/// <summary>An object the mirror does not copy, and why (logged once while the reason stays the same).</summary>
public sealed record SkippedObject(string Key, string Reason);

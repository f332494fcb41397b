using NewsReader.Persistence;

namespace NewsReader.Ingestion;

/// <summary>What the loader knows of each file: looked up by path, or by position after a restart.</summary>
public sealed partial class SeedFolderLoader
{
    /// <summary>Every known file by path (made from what was restored, the first time it is needed).</summary>
    private Dictionary<string, FileState> Known
    {
        get
        {
            if (_restored is { } restored)
            {
                _known = restored.ToDictionary(file => file.SourceFile, StateOf, StringComparer.Ordinal);
                _restored = null;
            }

            return _known;
        }
    }

    private static FileState StateOf(StoredFile file) => new(file.Length, file.LastWriteUtc, file.Article, file.Error, file.ContentHash);

    /// <summary>Each scanned file's known state, or null for a new one: by position when the files are the restored ones in their order.</summary>
    private FileState?[] KnownStates(IReadOnlyList<SeedFile> files)
    {
        var known = new FileState?[files.Count];
        if (_restored is { } restored && restored.Length == files.Count && SamePaths(restored, files))
        {
            for (var i = 0; i < known.Length; i++)
            {
                known[i] = StateOf(restored[i]);
            }

            return known;
        }

        var byPath = Known;
        for (var i = 0; i < known.Length; i++)
        {
            known[i] = byPath.GetValueOrDefault(files[i].SourceFile);
        }

        return known;
    }

    private static bool SamePaths(StoredFile[] restored, IReadOnlyList<SeedFile> files)
    {
        for (var i = 0; i < restored.Length; i++)
        {
            if (!string.Equals(restored[i].SourceFile, files[i].SourceFile, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

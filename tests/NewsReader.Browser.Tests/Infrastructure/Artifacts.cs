namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>Where screenshots go: NEWSREADER_ARTIFACTS, else artifacts/screenshots at the repository root.</summary>
public static class Artifacts
{
    public const string FolderVariable = "NEWSREADER_ARTIFACTS";

    private static readonly Lazy<string> LazyFolder = new(() =>
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        return Directory.CreateDirectory(folder).FullName;
    });

    public static string Folder => LazyFolder.Value;

    /// <summary>A path inside the artifacts folder, creating its subfolder.</summary>
    public static string PathFor(params string[] parts)
    {
        var path = Path.Combine([Folder, .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>The folder that holds NewsReader.sln; the working directory when the tests run outside a checkout.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsReader.sln")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

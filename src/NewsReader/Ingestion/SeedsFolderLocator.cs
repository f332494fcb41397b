namespace NewsReader.Ingestion;

/// <summary>Resolves the configured seeds path to an absolute folder.</summary>
public static class SeedsFolderLocator
{
    /// <summary>
    /// An absolute path is taken as it is. A relative one is tried against the working directory,
    /// then against the app's content root and each of its parents: under <c>dotnet run --project
    /// src/NewsReader.Web</c> the content root is the build output, a few levels below <c>seeds/</c>.
    /// Returns the first candidate that exists, else the working-directory candidate, so the error names it.
    /// </summary>
    public static string Resolve(string configuredPath, string workingDirectory, string contentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuredPath);

        if (Path.IsPathFullyQualified(configuredPath))
        {
            return Path.GetFullPath(configuredPath);
        }

        var fromWorkingDirectory = Path.GetFullPath(configuredPath, workingDirectory);
        if (Directory.Exists(fromWorkingDirectory))
        {
            return fromWorkingDirectory;
        }

        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.GetFullPath(configuredPath, folder.FullName);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return fromWorkingDirectory;
    }
}

using System.Text;

namespace NewsReader.Web.Tests.Infrastructure;

/// <summary>A temporary seeds folder that a test fills with the files it needs.</summary>
public sealed class SeedsFolder : IDisposable
{
    public SeedsFolder()
    {
        Path = Directory.CreateTempSubdirectory("newsreader-web-tests-").FullName;
    }

    public string Path { get; }

    public static string SeedText => File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "seed.txt"));

    public SeedsFolder WithSeed() => With("000_87e463ba83310d3b.txt", SeedText);

    public SeedsFolder With(string relativePath, string text) => With(relativePath, Encoding.UTF8.GetBytes(text));

    public SeedsFolder With(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>Numbered stories with distinct headlines, in file-name order.</summary>
    public SeedsFolder WithStories(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            With($"story-{i:000}.txt", $"Story number {i}\n\nLead paragraph of story {i} says what happened.\n\nSecond paragraph.");
        }

        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}

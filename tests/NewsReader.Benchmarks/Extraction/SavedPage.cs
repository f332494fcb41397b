using NewsReader.Articles;
using NewsReader.Ingestion;
using NewsReader.Parsing;

namespace NewsReader.Benchmarks.Extraction;

/// <summary>
/// Parses one saved page as the app's loader would publish it: the same file-size limit and parse
/// budget (the defaults of <see cref="SeedsOptions"/>), the real <see cref="ArticleFileParser"/>.
/// A page the app would not publish comes back as its reason.
/// </summary>
internal static class SavedPage
{
    private static readonly SeedsOptions Defaults = new();

    public static ParseResult<Article> Parse(string path)
    {
        var length = new FileInfo(path).Length;
        if (length > Defaults.MaxHtmlFileBytes)
        {
            return ParseResult.Fail<Article>($"over the file limit ({Defaults.MaxHtmlFileBytes:N0} bytes, Seeds:MaxHtmlFileBytes)");
        }

        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(Defaults.ParseTimeoutSeconds));
        try
        {
            return ArticleFileParser.Parse(File.ReadAllBytes(path), Path.GetFileName(path), cancellationToken: budget.Token);
        }
        catch (OperationCanceledException)
        {
            return ParseResult.Fail<Article>($"over the parse budget ({Defaults.ParseTimeoutSeconds} s, Seeds:ParseTimeoutSeconds)");
        }
    }

    /// <summary>A rejection reason with the numbers taken out, so that reasons can be counted.</summary>
    public static string ReasonKind(string? error) =>
        error is null ? "unknown" : System.Text.RegularExpressions.Regex.Replace(error, @"\d[\d,.]*", "N");
}

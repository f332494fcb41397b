using NewsReader.Parsing;

namespace NewsReader.Ingestion;

/// <summary>
/// How large one seed file may be, and the setting that says so: saved web pages are held to
/// <see cref="SeedsOptions.MaxHtmlFileBytes"/>, every other file to <see cref="SeedsOptions.MaxFileBytes"/>.
/// </summary>
public static class SeedFileLimit
{
    /// <summary>
    /// The limit before the file is read. Only the content tells whether a .txt is a saved page, so
    /// until then it may be as large as a page; <see cref="OfContent"/> holds it to its real limit once read.
    /// </summary>
    public static (long Bytes, string Setting) BeforeReading(SeedsOptions options, string sourceFile)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ArticleFileParser.MayBeSavedPage(sourceFile) && options.MaxHtmlFileBytes > options.MaxFileBytes ? Html(options) : Other(options);
    }

    public static (long Bytes, string Setting) OfContent(SeedsOptions options, string sourceFile, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ArticleFileParser.IsSavedPage(sourceFile, bytes) ? Html(options) : Other(options);
    }

    // Constants: the scan asks a limit of every listed file.
    private const string HtmlSetting = SeedsOptions.Section + ":" + nameof(SeedsOptions.MaxHtmlFileBytes);
    private const string OtherSetting = SeedsOptions.Section + ":" + nameof(SeedsOptions.MaxFileBytes);

    private static (long, string) Html(SeedsOptions options) => (options.MaxHtmlFileBytes, HtmlSetting);

    private static (long, string) Other(SeedsOptions options) => (options.MaxFileBytes, OtherSetting);
}

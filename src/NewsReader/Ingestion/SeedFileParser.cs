using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Images;
using NewsReader.Parsing;

namespace NewsReader.Ingestion;

/// <summary>
/// Turns one seed file's bytes into an article within the file's size limit and its parse budget,
/// with other sites' pictures given their final address: whatever goes wrong rejects this file only.
/// </summary>
/// <param name="parse">A test's parser in place of the real one (one that throws or never finishes).</param>
internal sealed class SeedFileParser(
    IOptions<SeedsOptions> options,
    TimeProvider timeProvider,
    IRemoteImageAddresses? remoteImages,
    Func<byte[], string, TimeZoneInfo, CancellationToken, ParseResult<Article>>? parse = null)
{
    /// <summary>True when a test's parser stands in for the real one.</summary>
    public bool IsReplaced => parse is not null;

    /// <param name="file">The file as scanned.</param>
    /// <param name="bytes">Its content, read whole.</param>
    /// <param name="hash">XxHash3 of <paramref name="bytes"/>, kept on the article (<see cref="Article.SourceHash"/>).</param>
    /// <param name="readLimit">The size limit the file was read under, and the setting that sets it.</param>
    /// <param name="boundary">The seeds folder, for images beside the file.</param>
    /// <param name="cancellationToken">The load's token.</param>
    public ParseResult<Article> Parse(SeedFile file, byte[] bytes, ulong hash, (long Bytes, string Setting) readLimit, SeedsFolderBoundary? boundary, CancellationToken cancellationToken)
    {
        var (limit, setting) = readLimit;
        if (bytes.Length > limit)
        {
            return ParseResult.Fail<Article>($"the file grew to {bytes.Length} bytes while being read, over the limit of {limit} bytes set by {setting}");
        }

        (limit, setting) = SeedFileLimit.OfContent(options.Value, file.SourceFile, bytes);
        if (bytes.Length > limit)
        {
            return ParseResult.Fail<Article>($"the file is {bytes.Length} bytes, over the limit of {limit} bytes set by {setting}");
        }

        var result = ParseWithinBudget(bytes, file, boundary, cancellationToken);
        return result.IsSuccess ? ParseResult.Ok(result.Value with { FileModified = file.LastWriteUtc, SourceHash = hash }) : result;
    }

    /// <summary>
    /// Parses one file in isolation: whatever a parser throws rejects this file only, and a file still
    /// parsing when its budget runs out is rejected at the parser's next check. The parse is waited for,
    /// never abandoned, so no runaway work is left behind; the depth limits keep every stage bounded.
    /// </summary>
    private ParseResult<Article> ParseWithinBudget(byte[] bytes, SeedFile file, SeedsFolderBoundary? boundary, CancellationToken loadToken)
    {
        var seconds = options.Value.ParseTimeoutSeconds;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds), timeProvider);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(loadToken, deadline.Token);
        try
        {
            var zone = options.Value.ResolvedTimeZone;
            var result = parse is null
                ? ArticleFileParser.Parse(bytes, file.SourceFile, zone, boundary, budget.Token)
                : parse(bytes, file.SourceFile, zone, budget.Token);

            // Pictures from other sites get their final address here, so stored HTML is what pages show.
            return result.IsSuccess && remoteImages is not null ? ParseResult.Ok(RemoteImageRewrite.Apply(result.Value, remoteImages)) : result;
        }
        catch (OperationCanceledException) when (!loadToken.IsCancellationRequested)
        {
            return ParseResult.Fail<Article>(
                $"parsing took longer than the {seconds} s budget set by {SeedsOptions.Section}:{nameof(SeedsOptions.ParseTimeoutSeconds)}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ParseResult.Fail<Article>($"the parser failed on this file ({ex.GetType().Name}: {FirstLine(ex.Message)})");
        }
    }

    private static string FirstLine(string message) => message.AsSpan().EnumerateLines() is var lines && lines.MoveNext() ? lines.Current.ToString() : message;
}

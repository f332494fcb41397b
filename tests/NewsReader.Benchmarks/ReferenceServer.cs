using System.Collections.Frozen;
using System.Globalization;
using System.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsReader.Benchmarks;

/// <summary>
/// The floor the app is measured against: Kestrel answering from memory with the bytes the app
/// served, so the gap between the two is what the app's own work costs. <c>serve DIR PORT</c>
/// reads <c>DIR/pages.tsv</c> (<c>PATH_AND_QUERY</c>, <c>FILE_NAME</c>, <c>CONTENT_TYPE</c>,
/// tab-separated) and every file it names, then listens on http://127.0.0.1:PORT.
/// </summary>
internal static class ReferenceServer
{
    private const string MapFileName = "pages.tsv";

    public static async Task<int> RunAsync(string folder, int port)
    {
        FrozenDictionary<string, Page> pages;
        try
        {
            pages = await LoadAsync(folder).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"serve: {ex.Message}").ConfigureAwait(false);
            return 2;
        }

        // Nothing but Kestrel and one terminal middleware: no routing, no request logging.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var app = builder.Build();

        app.Run(context =>
        {
            var response = context.Response;
            if (!pages.TryGetValue(context.Request.Path + context.Request.QueryString, out var page))
            {
                response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = page.ContentType;
            response.ContentLength = page.Body.Length;
            return response.Body.WriteAsync(page.Body).AsTask();
        });

        await app.StartAsync().ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"serve: {pages.Count} pages from {folder} on http://127.0.0.1:{port} (server GC: {GCSettings.IsServerGC}, CPUs: {Environment.ProcessorCount})"));
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    private static async Task<FrozenDictionary<string, Page>> LoadAsync(string folder)
    {
        var map = Path.Combine(folder, MapFileName);
        var pages = new Dictionary<string, Page>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in await File.ReadAllLinesAsync(map).ConfigureAwait(false))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields is not [var pathAndQuery, var fileName, var contentType] || !pathAndQuery.StartsWith('/')
                || fileName.Length == 0 || Path.GetFileName(fileName) != fileName)
            {
                throw new InvalidDataException($"{map}:{lineNumber}: expected PATH_AND_QUERY<TAB>FILE_NAME<TAB>CONTENT_TYPE, with a path starting with / and a plain file name");
            }

            var body = await File.ReadAllBytesAsync(Path.Combine(folder, fileName)).ConfigureAwait(false);
            if (!pages.TryAdd(pathAndQuery, new Page(body, contentType)))
            {
                throw new InvalidDataException($"{map}:{lineNumber}: {pathAndQuery} is listed twice");
            }
        }

        return pages.Count > 0 ? pages.ToFrozenDictionary(StringComparer.Ordinal) : throw new InvalidDataException($"{map} lists no pages");
    }

    private sealed record Page(byte[] Body, string ContentType);
}

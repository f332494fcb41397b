using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace NewsReader.Web.Tests.Infrastructure;

/// <summary>
/// Counts the Razor Pages actually rendered, by path and the query the page saw, so a test can
/// tell a page served from the cache from one rendered again.
/// </summary>
public sealed class RenderCounter : IAsyncPageFilter
{
    private readonly ConcurrentQueue<string> _rendered = new();

    /// <summary>Every render so far, as path plus query string.</summary>
    public IReadOnlyCollection<string> Rendered => _rendered;

    /// <summary>A factory like <paramref name="factory"/> whose pages are counted here.</summary>
    public WebApplicationFactory<Program> Attach(NewsReaderFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<MvcOptions>(options => options.Filters.Add(this))));
    }

    public int CountOf(string path) => _rendered.Count(rendered => rendered.Split('?')[0] == path);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        _rendered.Enqueue(request.Path.Value + request.QueryString.Value);
        return next();
    }
}

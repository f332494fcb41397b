using NewsReader.Web.Tests.Infrastructure;
using static NewsReader.Web.Tests.Hostile.HostileSite;

namespace NewsReader.Web.Tests.Hostile;

/// <summary>
/// Deeply nested HTML took AngleSharp and Readability from 44 s to minutes, during which nothing
/// was published; the depth pre-scan now rejects it before the tree is built.
/// </summary>
public sealed class DeepHtmlTests : IDisposable
{
    private const string Reason = @"^the page nests elements more than 256 levels deep \(line 1\)$";

    private readonly SeedsFolder _seeds = new SeedsFolder()
        .WithSeed()
        .With("divs.html", Page(Repeat("<div>", 100_000) + "<p>Deep inside there is a sentence.</p>"))
        .With("inline.html", Page("<p>" + Repeat("<b><i>", 2_000) + "Deep inside the inline elements there is a sentence.</p>"))
        .With("spans.htm", Page(Repeat("<span>" + Repeat("<div>", 10) + "</span>", 10_000)))
        .With("saved-page.txt", Page(Repeat("<section>", 50_000) + "Deep."));

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public async Task Start_DeeplyNestedHtml_EachFileRejectedAndTheRestServed()
    {
        using var factory = new NewsReaderFactory(_seeds);

        await AssertGoodServedAndBadListedAsync(factory, new Dictionary<string, string>
        {
            ["divs.html"] = Reason,
            ["inline.html"] = Reason,
            ["spans.htm"] = Reason,
            ["saved-page.txt"] = Reason,
        });
    }
}

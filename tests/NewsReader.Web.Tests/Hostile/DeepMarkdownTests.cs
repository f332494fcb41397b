using NewsReader.Web.Tests.Infrastructure;
using static NewsReader.Web.Tests.Hostile.HostileSite;

namespace NewsReader.Web.Tests.Hostile;

/// <summary>
/// A Markdown body nested a few hundred levels deep made Markdig throw, which failed every load:
/// the site answered 503 for ever and the file was named nowhere. Each kind of nesting is here.
/// </summary>
public sealed class DeepMarkdownTests : IDisposable
{
    private const string Containers = @"^the Markdown nests block quotes and lists \d+ levels deep \(line \d+\), past the limit of 32$";
    private const string Inlines = "^the Markdown nests emphasis, links or brackets inside one another past the parser's depth limit$";

    private readonly SeedsFolder _seeds = new SeedsFolder()
        .WithSeed()
        .With("quotes.md", "# Quotes\n\n" + Repeat(">", 500) + " deep\n")
        .With("lists.md", "# Lists\n\n" + Repeat("- ", 500) + "deep\n")
        .With("ordered.md", "# Ordered\n\n" + Repeat("1. ", 500) + "deep\n")
        .With("indented.md", "# Indented\n\n" + string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- item\n")))
        .With("emphasis.md", "# Emphasis\n\n" + Repeat("*a _b ", 20_000) + "x" + Repeat("_ *", 20_000) + "\n")
        .With("links.md", "# Links\n\n" + Repeat("[", 20_000) + "x" + Repeat("](u)", 20_000) + "\n")
        .With("brackets.md", "# Brackets\n\n" + Repeat("[", 20_000) + "x\n")
        .With("raw-html.md", "# Raw HTML\n\n" + Repeat("<div>", 100_000) + "\ndeep\n");

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public async Task Start_DeeplyNestedMarkdown_EachFileRejectedAndTheRestServed()
    {
        using var factory = new NewsReaderFactory(_seeds);

        await AssertGoodServedAndBadListedAsync(factory, new Dictionary<string, string>
        {
            ["quotes.md"] = Containers,
            ["lists.md"] = Containers,
            ["ordered.md"] = Containers,
            ["indented.md"] = Containers,
            ["emphasis.md"] = Inlines,
            ["links.md"] = Inlines,
            ["brackets.md"] = Inlines,
            ["raw-html.md"] = "^the Markdown's HTML nests elements more than 256 levels deep$",
        });
    }
}

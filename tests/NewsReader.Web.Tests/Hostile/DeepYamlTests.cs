using NewsReader.Web.Tests.Infrastructure;
using static NewsReader.Web.Tests.Hostile.HostileSite;

namespace NewsReader.Web.Tests.Hostile;

/// <summary>
/// Front matter nested tens of thousands of levels deep used to overflow YamlDotNet's stack and
/// end the process at every start; now each such file is rejected and the site comes up.
/// </summary>
public sealed class DeepYamlTests : IDisposable
{
    private const string Reason = @"^the front matter nests \d{4,5} levels deep \(line \d+\), past the limit of 64$";

    private readonly SeedsFolder _seeds = new SeedsFolder()
        .WithSeed()
        .With("flow-sequences.md", WithFrontMatter("tags: " + Repeat("[", 40_000) + Repeat("]", 40_000)))
        .With("flow-mappings.md", WithFrontMatter("tags: " + Repeat("{a: ", 40_000) + "b" + Repeat("}", 40_000)))
        .With("block-sequences.md", WithFrontMatter("tags:\n" + Repeat("- ", 40_000) + "x"))
        .With("block-mappings.md", WithFrontMatter("tags:\n" + string.Concat(Enumerable.Range(1, 1000).Select(i => new string(' ', i) + "k:\n"))));

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public async Task Start_DeeplyNestedFrontMatter_EachFileRejectedAndTheRestServed()
    {
        using var factory = new NewsReaderFactory(_seeds);

        await AssertGoodServedAndBadListedAsync(factory, new Dictionary<string, string>
        {
            ["flow-sequences.md"] = Reason,
            ["flow-mappings.md"] = Reason,
            ["block-sequences.md"] = Reason,
            ["block-mappings.md"] = Reason,
        });
    }
}

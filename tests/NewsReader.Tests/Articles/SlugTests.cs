using NewsReader.Articles;

namespace NewsReader.Tests.Articles;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Trump Open to Meeting Kim Jong Un During Asia Trip", "trump-open-to-meeting-kim-jong-un-during-asia-trip")]
    [InlineData("Zoë Šťastná wins in São Paulo", "zoe-stastna-wins-in-sao-paulo")]
    [InlineData("Trump’s team isn't sure", "trumps-team-isnt-sure")]
    [InlineData("  --Ad sales boost Time Warner profit!--  ", "ad-sales-boost-time-warner-profit")]
    [InlineData("UK's £484bn gap: 100% higher?", "uks-gbp484bn-gap-100-higher")]
    [InlineData("Москва и Санкт-Петербург", "moskva-i-sankt-peterburg")]
    [InlineData("!!! ??? ...", "article")]
    [InlineData("", "article")]
    public void FromHeadline_Headline_ReadableAsciiSlug(string headline, string expected) =>
        Assert.Equal(expected, Slug.FromHeadline(headline));

    [Fact]
    public void FromHeadline_VeryLongHeadline_CutsAtWordBoundaryWithinLimit()
    {
        var headline = string.Join(' ', Enumerable.Repeat("extraordinary", 20));

        var slug = Slug.FromHeadline(headline);

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.EndsWith("extraordinary", slug, StringComparison.Ordinal);
        Assert.DoesNotContain("--", slug, StringComparison.Ordinal);
    }
}

using NewsReader.Parsing.Html;

namespace NewsReader.Tests.Parsing;

public sealed class SiteNamesTests
{
    [Theory]
    // og:site_name carrying the headline or a tagline keeps only the name.
    [InlineData("Into the new year | The Furrow", null, "Into the new year", "https://furrow.example/a", "The Furrow")]
    [InlineData("News on VR, AR and AI | MIXED.example", null, "Deals of the week", "https://mixed.example/deals", "MIXED.example")]
    [InlineData("The Daily Example", "Headline | The Daily Example", "Headline", "https://daily.example/a", "The Daily Example")]
    // No declared name: the <title>'s suffix only when it spells the host.
    [InlineData(null, "International tax advice | Chambers Viehbacher", "International tax advice", "https://viehbacher.example/tax", "Chambers Viehbacher")]
    [InlineData(null, "International tax advice | Our services", "International tax advice", "https://viehbacher.example/tax", null)]
    [InlineData(null, "Headline | Chambers Viehbacher", "Headline", null, null)]
    // A long suffix that mentions the host is a second headline, not a name.
    [InlineData(null, "Border checks | Migration via Belarus: 9,087 cases recorded by the Bundespolizei this year", "Border checks", "https://www.bundespolizei.example/a", null)]
    public void Choose_Candidates_NameOnly(string? declared, string? title, string? headline, string? address, string? expected) =>
        Assert.Equal(expected, SiteNames.Choose([declared], title, headline, address is null ? null : new Uri(address)));
}

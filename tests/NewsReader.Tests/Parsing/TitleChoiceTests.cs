using NewsReader.Parsing.Html;

namespace NewsReader.Tests.Parsing;

/// <summary>Headline candidates as pages offer them: og:title, JSON-LD headline, the &lt;h1&gt;s ("|"-separated), &lt;title&gt;, site name.</summary>
public sealed class TitleChoiceTests
{
    [Theory]
    // A section name in og:title loses to the <h1> that the <title> confirms.
    [InlineData("Allergies Health Center", null, "Pollen counts peak early this spring", "Pollen counts peak early this spring - Health Example", "Health Example", "Pollen counts peak early this spring")]
    // A short og:title loses to the longer heading that the <title> confirms.
    [InlineData("V8", null, "V8 (JavaScript engine)", "V8 (JavaScript engine) - Encyclopedia Example", null, "V8 (JavaScript engine)")]
    // A description used as JSON-LD "headline" loses to the <h1> and <title>.
    [InlineData(null, "Wikimedia list article", "List of lighthouses in Wales", "List of lighthouses in Wales - Wikipedia", null, "List of lighthouses in Wales")]
    // The site's name in the first <h1> (a logo) loses to og:title, which the <title> starts with.
    [InlineData("Into the new year", null, "Literary Whispers|Into the new year", "Into the new year | Literary Whispers", "Literary Whispers", "Into the new year")]
    [InlineData("Into the new year", null, "Literary Whispers", "Into the new year | Literary Whispers", "Literary Whispers", "Into the new year")]
    // The site suffix goes, named or not.
    [InlineData(null, null, "", "Harbour ferry fares rise by a fifth | The Daily Example", "The Daily Example", "Harbour ferry fares rise by a fifth")]
    [InlineData("Harbour ferry fares rise by a fifth | The Daily Example", null, "", null, "The Daily Example", "Harbour ferry fares rise by a fifth")]
    [InlineData(null, null, "", "Harbour ferry fares rise by a fifth - Daily Example", null, "Harbour ferry fares rise by a fifth")]
    // A site prefix goes when another source confirms the headline.
    [InlineData("Daily Example: Harbour ferry fares rise by a fifth", null, "Harbour ferry fares rise by a fifth", null, null, "Harbour ferry fares rise by a fifth")]
    // A separator inside a headline stays.
    [InlineData("Rates - and why they matter", null, "", "Rates - and why they matter", null, "Rates - and why they matter")]
    // A subtitle after a colon stays; a breadcrumb is not a site suffix.
    [InlineData("Vanlife in Sweden: Scandinavia by camper", "Vanlife in Sweden", "Vanlife in Sweden - Scandinavia by camper", "Vanlife in Sweden - Scandinavia by camper | outdoor.example", null, "Vanlife in Sweden: Scandinavia by camper")]
    [InlineData(null, null, "", "mediaarchitecture.example // » Jens Weber", null, "mediaarchitecture.example // » Jens Weber")]
    // Agreement with nothing: og:title first, as before.
    [InlineData("Council approves the new bridge", "Bridge approved", "", null, null, "Council approves the new bridge")]
    public void Choose_Candidates_Reconciled(string? og, string? ld, string headings, string? title, string? site, string expected) =>
        Assert.Equal(expected, TitleChoice.Choose(og, ld, headings.Length == 0 ? [] : headings.Split('|'), title, site));
}

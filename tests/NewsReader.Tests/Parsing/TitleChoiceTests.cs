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
    // A logo <h1> that is the <title>'s site part loses to the headline the <title> holds.
    [InlineData(null, null, "Harbour Notes", "Why the ferry runs late | Harbour Notes", null, "Why the ferry runs late")]
    [InlineData(null, null, "Harbour Notes", "Harbour Notes » Blog Archiv » Why the ferry runs late", null, "Why the ferry runs late")]
    // A short site name in front of " | " and a longer headline.
    [InlineData(null, null, "", "Jane Roe's Digital Home | Mercurial's journey to and reflections on Python 3", null, "Mercurial's journey to and reflections on Python 3")]
    // A headline that is the first part of the <title> is not a logo.
    [InlineData(null, null, "Ben Wilson Surf", "Ben Wilson Surf - Point of Sail - Sailmakers, surf and kite shop in Westhaven", null, "Ben Wilson Surf")]
    // Agreement with nothing: og:title first, as before.
    [InlineData("Council approves the new bridge", "Bridge approved", "", null, null, "Council approves the new bridge")]
    public void Choose_Candidates_Reconciled(string? og, string? ld, string headings, string? title, string? site, string expected) =>
        Assert.Equal(expected, TitleChoice.Choose(og, ld, headings.Length == 0 ? [] : headings.Split('|'), title, site));

    [Theory]
    // The site's host as a suffix or prefix, whatever the separator; a section the address names, as a prefix.
    [InlineData("Ferry fares rise by a fifth › harbour.example", "", "Ferry fares rise by a fifth")]
    [InlineData(null, "harbour.example // » Jens Weber", "Jens Weber")]
    [InlineData("Ferry fares rise by a fifth - Harbour.example", "", "Ferry fares rise by a fifth")]
    [InlineData("harbour.example - Outdoornews - Snow maps for the whole coast", "", "Snow maps for the whole coast")]
    public void Choose_HostNamedAroundHeadline_Dropped(string? og, string title, string expected) =>
        Assert.Equal(expected, TitleChoice.Choose(og, null, [], title.Length == 0 ? null : title, null, new Uri("https://www.harbour.example/outdoornews/detail/718")));
}

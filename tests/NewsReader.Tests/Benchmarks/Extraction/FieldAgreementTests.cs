using NewsReader.Benchmarks.Extraction;

namespace NewsReader.Tests.Benchmarks.Extraction;

public sealed class FieldAgreementTests
{
    [Theory]
    [InlineData("Council approves barrier", "Council approves barrier | The Daily Example", true)]
    [InlineData("Council approves barrier", "Council  approves barrier - Metro Wire", true)]
    [InlineData("Council approves barrier | The Daily Example", "Council approves barrier", true)]
    [InlineData("Council approves barrier", "Allergies Health Center", false)]
    [InlineData("Council approves barrier", null, false)]
    public void Title_SiteSuffixForgiven(string expected, string? actual, bool agrees) =>
        Assert.Equal(agrees, FieldAgreement.Title(expected, actual));

    [Theory]
    [InlineData("Harriet Okafor", "By Harriet Okafor", true)]
    [InlineData("Priya Raman and Tomás Ortega", "Priya Raman and Tomás Ortega", true)]
    [InlineData("Nicolas Perriault", "Nicolas Perriault — and Nicolas Perriault", false)]
    public void Byline_LeadingByForgiven(string expected, string actual, bool agrees) =>
        Assert.Equal(agrees, FieldAgreement.Byline(expected, actual));

    [Fact]
    public void Published_SameInstantOtherOffset_Agrees()
    {
        Assert.True(FieldAgreement.Published("2025-03-14T09:30:00+00:00", new DateTimeOffset(2025, 3, 14, 10, 30, 0, TimeSpan.FromHours(1))));
        Assert.False(FieldAgreement.Published("2025-03-14T09:30:00+00:00", null));
    }

    [Fact]
    public void Language_CaseIgnored() => Assert.True(FieldAgreement.Language("en-GB", "en-gb"));
}

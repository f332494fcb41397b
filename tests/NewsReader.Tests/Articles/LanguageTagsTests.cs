using NewsReader.Articles;

namespace NewsReader.Tests.Articles;

public sealed class LanguageTagsTests
{
    [Theory]
    [InlineData("ar", true)]
    [InlineData("ar-EG", true)]
    [InlineData("he", true)]
    [InlineData("fa-IR", true)]
    [InlineData("ur", true)]
    [InlineData("ps", true)]
    [InlineData("yi", true)]
    [InlineData("pa-Arab", true)]
    [InlineData("ku-Latn", false)]
    [InlineData("en", false)]
    [InlineData("fr-FR", false)]
    [InlineData("zh", false)]
    [InlineData(null, false)]
    public void IsRightToLeft_Tag_Direction(string? tag, bool expected) => Assert.Equal(expected, LanguageTags.IsRightToLeft(tag));
}

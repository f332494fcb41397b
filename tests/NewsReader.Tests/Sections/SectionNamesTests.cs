using NewsReader.Sections;

namespace NewsReader.Tests.Sections;

public sealed class SectionNamesTests
{
    [Theory]
    [InlineData("business", "Business", "business")]
    [InlineData("news/world", "News › World", "news-world")]
    [InlineData("us-politics", "Us politics", "us-politics")]
    [InlineData("EU_affairs", "EU affairs", "eu-affairs")]
    [InlineData("économie", "Économie", "economie")]
    public void DisplayAndSlug_Folder_TidiedNotInvented(string folder, string display, string slug)
    {
        Assert.Equal(display, SectionNames.Display(folder));
        Assert.Equal(slug, SectionNames.Slug(folder));
    }
}

using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search;

/// <summary>Filters narrow a search to a section, a source, a topic and a range of days, and list what they keep when there are no words.</summary>
public sealed class SearchFiltersTests
{
    private static Article Make(string file, string headline, string day, string? site, params string[] topics) =>
        ArticleFactory.WithBody(file, headline, headline + ". The budget was discussed again.") with
        {
            SourceFile = file,
            Published = DateTimeOffset.Parse(day + "T10:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture),
            SiteName = site,
            Topics = [.. topics],
        };

    // Newest first, as a snapshot orders them.
    private static readonly ImmutableArray<Article> Corpus =
    [
        Make("business/a.txt", "Shares rise after budget", "2024-03-05", "BBC News", "London"),
        Make("politics/b.txt", "Budget vote in parliament", "2024-03-04", "BBC News", "London", "Westminster"),
        Make("news/world/c.txt", "World leaders discuss budget", "2024-03-03", "Reuters"),
        Make("business/d.txt", "Budget hits small firms", "2024-02-20", "Reuters", "London"),
        Make("e.txt", "Budget at the top of the folder", "2024-02-10", null),
    ];

    private static readonly SearchIndex Index = SearchIndex.Build(Corpus);

    private static List<string> Headlines(string? text, SearchFilters filters, int page = 1, int pageSize = 10) =>
        [.. Index.Search(new SearchRequest { Text = text, Filters = filters, Page = page, PageSize = pageSize }).Hits.Select(h => h.Article.Headline)];

    [Fact]
    public void Search_SectionFilter_OnlyThatSection()
    {
        Assert.Equal(["Budget hits small firms", "Shares rise after budget"], Headlines("budget", new SearchFilters { Section = "business" }).Order());
    }

    [Theory]
    [InlineData("news/world")]
    [InlineData("news-world")]
    [InlineData("News-World")]
    public void Search_NestedSection_ByFolderOrSlug(string section)
    {
        Assert.Equal(["World leaders discuss budget"], Headlines("budget", new SearchFilters { Section = section }));
    }

    [Fact]
    public void Search_SourceFilter_IgnoresCase()
    {
        Assert.Equal(2, Headlines("budget", new SearchFilters { Source = "reuters" }).Count);
    }

    [Fact]
    public void Search_TopicFilter_OnlyArticlesWithTheTopic()
    {
        Assert.Equal(["Budget vote in parliament"], Headlines("budget", new SearchFilters { Topic = "westminster" }));
    }

    [Fact]
    public void Search_DateRange_IncludesBothDays()
    {
        var headlines = Headlines("budget", new SearchFilters { From = new DateOnly(2024, 3, 3), To = new DateOnly(2024, 3, 4) });

        Assert.Equal(["Budget vote in parliament", "World leaders discuss budget"], headlines.Order());
    }

    [Fact]
    public void Search_FiltersCombined_AllApply()
    {
        var filters = new SearchFilters { Topic = "london", Source = "BBC News", Section = "business", From = new DateOnly(2024, 3, 1) };

        Assert.Equal(["Shares rise after budget"], Headlines("budget", filters));
    }

    [Fact]
    public void Search_UnknownFilterValue_NothingRatherThanEverything()
    {
        var results = Index.Search(new SearchRequest { Text = "budget", Filters = new SearchFilters { Section = "sport" }, PageSize = 10 });

        Assert.Empty(results.Hits);
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public void Search_FilterWithoutWords_ListsNewestFirstAndPages()
    {
        var filters = new SearchFilters { Source = "BBC News" };

        Assert.Equal(["Shares rise after budget", "Budget vote in parliament"], Headlines(null, filters));
        Assert.Equal(["Budget vote in parliament"], Headlines("", filters, page: 2, pageSize: 1));
        Assert.Equal(2, Index.Search(new SearchRequest { Filters = filters, PageSize = 1 }).Total);
        Assert.Empty(Headlines(null, SearchFilters.None));
    }

    [Fact]
    public void Search_DateRangeWithoutWords_ListsTheDays()
    {
        Assert.Equal(["Budget hits small firms", "Budget at the top of the folder"], Headlines(null, new SearchFilters { To = new DateOnly(2024, 2, 28) }));
    }

    [Fact]
    public void Sections_Snapshot_EachFolderWithCountAndTidyName()
    {
        Assert.Equal(
            [new FacetValue("business", "Business", 2), new FacetValue("news-world", "News › World", 1), new FacetValue("politics", "Politics", 1)],
            Index.Sections.ToList());
    }

    [Fact]
    public void Sources_Snapshot_MostArticlesFirst()
    {
        Assert.Equal(["BBC News", "Reuters"], Index.Sources.Select(s => s.Name));
        Assert.Equal("Reuters", Index.FindSource("REUTERS"));
        Assert.Null(Index.FindSource("Nobody"));
    }
}

using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages.Articles;

public sealed class RelatedReadingTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder()
        .With("a.txt", "Central bank raises interest rates\n\nThe central bank raised interest rates to curb inflation.\n\nBond markets fell.")
        .With("b.txt", "Inflation pushes rates higher\n\nInflation pushed the central bank towards higher interest rates.\n\nBond traders agreed.")
        .With("c.txt", "Election campaign begins\n\nParty leaders began the election campaign in marginal seats.\n\nVoters listened.");

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public async Task Get_Article_EndsWithRelatedReadingBySimilarityNeverItself()
    {
        using var factory = new NewsReaderFactory(_seeds);

        var page = await Html.ParseAsync(await factory.CreateClient().GetAsync(new Uri("/articles/central-bank-raises-interest-rates", UriKind.Relative)));

        var related = page.QuerySelectorAll(".related li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/articles/inflation-pushes-rates-higher", related[0]);
        Assert.DoesNotContain("/articles/central-bank-raises-interest-rates", related);
        Assert.True(related.Count <= 5);
    }
}

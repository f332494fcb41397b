using NewsReader.Articles;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Storage;

/// <summary>A plan worked out ahead is taken only for the very articles and history it was made from.</summary>
public sealed class PublicationPlanTests
{
    private static readonly Article[] Articles =
    [
        ArticleFactory.Make("a.txt", "Same headline"),
        ArticleFactory.Make("b.txt", "Same headline"),
        ArticleFactory.Make("c.txt", "Copy") with { ContentHash = "same" },
        ArticleFactory.Make("d.txt", "Copy") with { ContentHash = "same" },
    ];

    [Fact]
    public void Create_WithAPlanForTheseArticles_PublishesWhatItPlanned()
    {
        var history = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var plan = new PublicationPlan(Articles, history);

        var snapshot = ArticleSnapshot.Create(Articles, [], history, plan: plan);

        // The very objects planned (b.txt's renamed copy among them), not ones planned again.
        Assert.Equal(plan.Ordered, snapshot.Articles, ReferenceEqualityComparer.Instance);
        Assert.StartsWith("same-headline-", snapshot.FindById(Articles[1].Id)!.Slug, StringComparison.Ordinal);
        Assert.Equal(new DuplicateFile("d.txt", "c.txt"), Assert.Single(snapshot.Duplicates));
    }

    [Fact]
    public void IsFor_OtherArticlesOrHistory_IsFalse()
    {
        var history = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var plan = new PublicationPlan(Articles, history);

        Assert.True(plan.IsFor([.. Articles], history));
        // An equal article that is not the same object may differ where equality does not look.
        Assert.False(plan.IsFor([Articles[0] with { }, .. Articles[1..]], history));
        Assert.False(plan.IsFor(Articles[..3], history));
        Assert.False(plan.IsFor([.. Articles.Reverse()], history));
        Assert.False(plan.IsFor(Articles, new Dictionary<string, string>(history)));
        history["same-headline"] = Articles[1].Id;
        Assert.False(plan.IsFor(Articles, history));
    }

    [Fact]
    public void Create_WithAPlanForOtherArticles_PlansItsOwn()
    {
        var history = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var stale = new PublicationPlan(Articles[..2], history);

        var snapshot = ArticleSnapshot.Create(Articles, [], history, plan: stale);

        Assert.Equal(ArticleSnapshot.Create(Articles, [], history).Articles.Select(a => (a.SourceFile, a.Slug)), snapshot.Articles.Select(a => (a.SourceFile, a.Slug)));
        Assert.Single(snapshot.Duplicates);
    }

    [Fact]
    public void Create_WithAPlanMadeBeforeTheHistoryGrew_PlansAgainWithTheHistory()
    {
        // The history keeps "same-headline" for b.txt: a.txt, first in path order, must not take it.
        var history = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var plan = new PublicationPlan(Articles, history);
        history["same-headline"] = Articles[1].Id;

        var snapshot = ArticleSnapshot.Create(Articles, [], history, plan: plan);

        Assert.Equal("same-headline", snapshot.FindById(Articles[1].Id)!.Slug);
        Assert.NotEqual("same-headline", snapshot.FindById(Articles[0].Id)!.Slug);
    }
}

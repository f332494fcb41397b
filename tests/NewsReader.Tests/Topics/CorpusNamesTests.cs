using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Topics;

namespace NewsReader.Tests.Topics;

/// <summary>A corpus's names are counted once whatever their case, and whether or not their strings are shared.</summary>
public sealed class CorpusNamesTests
{
    [Fact]
    public void Of_OneNameInSeveralCasesAndStrings_IsOneNameSpeltAsFirstUsed()
    {
        // Strings of their own, not the shared copies: found by their text all the same.
        var first = new string("Gordon Brown".AsSpan());
        var again = new string("Gordon Brown".AsSpan());
        var shouted = new string("GORDON BROWN".AsSpan());
        ImmutableArray<TopicCandidate>[] candidates =
        [
            [Candidate(first), Candidate("Treasury")],
            [Candidate(again), Candidate(shouted)],
            [],
        ];

        var names = CorpusNames.Of(candidates);

        Assert.Equal(2, names.Count);
        Assert.Equal(0, names.Number(shouted));
        Assert.Equal(1, names.Number(new string("treasury".AsSpan())));
        Assert.Same(first, names[0]);
        var stats = names.Stats();
        Assert.Equal(["Gordon Brown", "Treasury"], stats.Keys);
        Assert.Equal(3, stats["gordon brown"].Articles);
        Assert.Equal("Gordon Brown", stats["GORDON BROWN"].Spelling());
    }

    [Fact]
    public void Number_NameNoArticleUsed_IsNumberedNext()
    {
        var names = CorpusNames.Of([[Candidate("Labour")]]);

        Assert.Equal(1, names.Number("Tories"));
        Assert.Equal(2, names.Count);
        Assert.Equal("Tories", names[1]);
    }

    private static TopicCandidate Candidate(string name) => new(name, TopicKind.Unknown, 1f, LowerCaseToo: false);
}

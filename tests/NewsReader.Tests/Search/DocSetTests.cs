using NewsReader.Search;

namespace NewsReader.Tests.Search;

public sealed class DocSetTests
{
    [Fact]
    public void Docs_SkipAcrossWords_AscendingFromTheSkipped()
    {
        var set = DocSet.Of([3, 64, 65, 200, 129], 300);

        Assert.Equal([65, 129, 200], set.Docs(skip: 2));
        Assert.Equal(5, set.Count);
    }

    [Theory]
    [InlineData(0, 64, true)]
    [InlineData(4, 64, false)]
    [InlineData(66, 200, false)]
    [InlineData(66, 201, true)]
    public void AnyIn_Range_FindsOnlyDocsInside(int first, int end, bool expected)
    {
        Assert.Equal(expected, DocSet.Of([3, 64, 65, 200], 300).AnyIn(first, end));
    }

    [Fact]
    public void IntersectWithAndKeepWhere_LeaveOnlyCommonKept()
    {
        var set = DocSet.Of([1, 2, 3, 70], 100);
        set.IntersectWith(DocSet.Of([2, 3, 70, 99], 100));
        set.KeepWhere(doc => doc != 3);

        Assert.Equal([2, 70], set.Docs());
    }
}

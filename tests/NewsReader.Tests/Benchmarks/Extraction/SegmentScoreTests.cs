using NewsReader.Benchmarks.Extraction;

namespace NewsReader.Tests.Benchmarks.Extraction;

public sealed class SegmentScoreTests
{
    [Fact]
    public void Of_SegmentsAcrossLineBreaks_MatchedAfterCollapsingWhitespace()
    {
        var score = SegmentScore.Of("First  paragraph\n\nends here. Cookie notice", ["paragraph ends here.", "missing"], ["Cookie notice", "Share"]);

        Assert.Equal(new SegmentScore(Kept: 1, Lost: 1, Leaked: 1, LeftOut: 1), score);
        Assert.Equal(0.5, score.Recall);
        Assert.Equal(0.5, score.Exclusion);
        Assert.Equal(0.5, score.Precision);
    }

    [Fact]
    public void Of_CaseDiffers_NotFound()
    {
        Assert.Equal(0, SegmentScore.Of("the quick fox", ["The quick fox"], []).Kept);
    }

    [Fact]
    public void Of_UnpublishedPage_LosesEveryWithAndLeaksNothing()
    {
        var total = SegmentScore.Of(null, ["a", "b"], ["c"]).Add(SegmentScore.Of("a", ["a"], ["c"]));

        Assert.Equal(new SegmentScore(1, 2, 0, 2), total);
        Assert.Equal(2.0 / 4, total.F1, 9); // 2tp / (2tp + fp + fn) = 2 / (2 + 0 + 2)
    }
}

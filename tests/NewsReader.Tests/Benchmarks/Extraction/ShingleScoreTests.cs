using NewsReader.Benchmarks.Extraction;

namespace NewsReader.Tests.Benchmarks.Extraction;

/// <summary>The article-extraction-benchmark's shingle maths, checked against hand-counted examples.</summary>
public sealed class ShingleScoreTests
{
    [Fact]
    public void Compare_OneExtraWordAtTheEnd_CountsOneFalseShingle()
    {
        // truth: a b c d e → abcd, bcde (2); predicted adds "f" → abcd, bcde, cdef (3).
        var score = ShingleScore.Compare("a b c d e", "a b c d e f");

        Assert.Equal(new ShingleScore(2, 1, 0), score);
        Assert.Equal(2.0 / 3, score.Precision!.Value, 9);
        Assert.Equal(1.0, score.Recall!.Value, 9);
    }

    [Fact]
    public void Compare_RepeatedShingle_CountsAsMultiset()
    {
        // truth has "w x y z" once; the prediction repeats the sentence: tp 1, fp 1 + the 3 shingles across the seam.
        var score = ShingleScore.Compare("w x y z", "w x y z w x y z");

        Assert.Equal(new ShingleScore(1, 4, 0), score);
    }

    [Fact]
    public void Compare_PunctuationAndCase_WordsAreLettersAndDigitsCaseKept()
    {
        Assert.Equal(["Don", "t", "stop", "2025", "naïve", "東京"], ShingleScore.Words("Don't stop — 2025, naïve 東京!"));
        Assert.Equal(new ShingleScore(0, 1, 1), ShingleScore.Compare("The cat sat down", "the cat sat down"));
    }

    [Fact]
    public void Compare_FewerThanFourWords_OneShingleOfAll()
    {
        Assert.Equal(["short text"], ShingleScore.Shingles("Short text").Keys.Select(k => k.ToLowerInvariant()));
    }

    [Fact]
    public void Precision_EmptyPrediction_LeftOutOfTheMean()
    {
        var score = ShingleScore.Compare("a b c d e", "");

        Assert.Null(score.Precision);
        Assert.Equal(0.0, score.Recall);
    }

    [Fact]
    public void Of_TwoPagesAndOneUnpublished_AveragesPerPageThenHarmonicMean()
    {
        // page 1: P 2/3, R 1; page 2: P 1, R 1/2; page 3 not published.
        ShingleScore?[] pages = [new(2, 1, 0), new(1, 0, 1), null];

        var strict = ShingleSummary.Of(pages, unpublishedAsZero: true);
        var benchmark = ShingleSummary.Of(pages, unpublishedAsZero: false);

        Assert.Equal((2.0 / 3 + 1 + 0) / 3, strict.Precision, 9);
        Assert.Equal((1 + 0.5 + 0) / 3, strict.Recall, 9);
        Assert.Equal(2 * strict.Precision * strict.Recall / (strict.Precision + strict.Recall), strict.F1, 9);
        Assert.Equal((2.0 / 3 + 1) / 2, benchmark.Precision, 9);
        Assert.Equal(0.5, benchmark.Recall, 9);
    }
}

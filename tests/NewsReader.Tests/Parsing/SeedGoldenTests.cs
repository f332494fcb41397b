using NewsReader.Articles;
using NewsReader.Parsing;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Parsing;

/// <summary>The first article the product shipped with, parsed exactly.</summary>
public sealed class SeedGoldenTests
{
    private static readonly string[] ExpectedParagraphs =
    [
        "Former U.S. President Donald Trump has said he is open to meeting North Korean leader Kim Jong Un during his upcoming trip to Asia a possible revival of one of the most unusual political relationships in modern history.",
        "Speaking to reporters aboard Air Force One, Trump said, “I would [meet him]. If you want to put out the word, I’m open to it.” He added that he still has a “great relationship” with Kim.",
        "During his first term, Trump made history as the first sitting U.S. president to step into North Korea, when the two leaders met at the Demilitarized Zone (DMZ) in 2019.",
        "This new Asia tour will take Trump to Malaysia, Japan, and South Korea, where he plans to meet several world leaders, including China’s President Xi Jinping, amid renewed trade tensions between Washington and Beijing.",
        "Trump’s relationship with Kim has always been unique. At first, he mocked the North Korean leader as “little rocket man,” but later shifted to personal diplomacy. The two met three times to discuss denuclearization, though no agreement was ever reached. Since then, North Korea has resumed its missile tests, according to regional reports.",
        "When asked if he now recognizes North Korea as a nuclear state, Trump said, “I think they are sort of a nuclear power… They got a lot of nuclear weapons, I’ll say that.”",
        "Recently, Kim Jong Un also said he was open to another meeting, as long as the U.S. stops demanding that North Korea give up its nuclear weapons completely. “I still have a good memory of President Trump,” Kim reportedly said.",
        "In South Korea, Unification Minister Chung Dong-young believes there is a “considerable chance” the two leaders could meet during the Asia-Pacific Economic Cooperation (APEC) forum in Busan.",
        "However, Trump’s team says a meeting is not currently on the schedule. Still, their last meeting in the DMZ happened spontaneously after Trump invited Kim via social media.",
        "Trump’s Asia visit begins with the ASEAN Summit in Malaysia, followed by meetings in South Korea and Japan. He is also expected to meet President Xi Jinping to discuss ongoing trade disputes, particularly over rare earth minerals critical materials used in electronics, which China dominates globally.",
        "While Trump’s foreign policy often divides opinion, his openness to meeting Kim Jong Un again suggests that diplomacy on the Korean Peninsula might not be over just yet.",
    ];

    private static Article ParseSeed()
    {
        var result = ArticleFileParser.Parse(TestFiles.Bytes("seed.txt"), "000_87e463ba83310d3b.txt");
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    [Fact]
    public void Parse_Seed_ReadsHeadlineCaptionAndElevenParagraphsExactly()
    {
        var article = ParseSeed();

        Assert.Equal("Trump Open to Meeting Kim Jong Un During Asia Trip", article.Headline);
        Assert.Equal("Donald Trump and Kim Jong Un at a potential diplomatic meeting in Asia.", article.Caption);
        Assert.Equal(ExpectedParagraphs, article.Body.Select(block => block.Text));
        Assert.All(article.Body, block => Assert.Equal(ArticleBlockKind.Paragraph, block.Kind));
    }

    [Fact]
    public void Parse_Seed_DerivesIdSlugStandfirstAndReadingTime()
    {
        var article = ParseSeed();

        Assert.Equal("87e463ba83310d3b", article.Id);
        Assert.Equal("trump-open-to-meeting-kim-jong-un-during-asia-trip", article.Slug);
        Assert.Equal(ExpectedParagraphs[0], article.Standfirst);
        Assert.Equal("000_87e463ba83310d3b.txt", article.SourceFile);
        Assert.Null(article.Published);
        Assert.False(article.Repaired);
        Assert.Equal(406, article.WordCount);
        Assert.Equal(2, article.ReadingMinutes);
    }
}

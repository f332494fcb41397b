using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search;

/// <summary>Chinese, Japanese and Korean have no spaces between words: each run is read as overlapping pairs of characters.</summary>
public sealed class CjkSearchTests
{
    private static readonly SearchIndex Index = SearchIndex.Build(
    [
        ArticleFactory.WithBody("zh", "三名宇航员乘飞船进入太空", "三名中国宇航员周四乘坐飞船进入太空，将在空间站停留六个月。", "他们将进行多项科学实验。"),
        ArticleFactory.WithBody("zh2", "北京地铁新线路开通", "北京地铁一条新线路周六开通，连接机场和市中心。", "乘客说路程缩短了一半。"),
        ArticleFactory.WithBody("ja", "新幹線の新しい車両が運行開始", "東京と大阪を結ぶ新幹線で、新しい車両の運行が始まった。", "宇宙飛行士も試乗会に招かれた。"),
        ArticleFactory.WithBody("ko", "서울 지하철 새 노선 개통", "서울 지하철 새 노선이 토요일에 개통했다.", "승객들은 출퇴근 시간이 줄었다고 말했다."),
        ArticleFactory.WithBody("en", "Astronauts reach the space station", "Three astronauts reached the space station on Thursday.", "They will stay for six months."),
    ]);

    private static List<string> Ids(string query) => [.. Index.Search(query, 1, 10).Hits.Select(hit => hit.Article.Id)];

    [Fact]
    public void Tokenize_ChineseSentence_OverlappingPairsWithOffsets()
    {
        var tokens = SearchTokenizer.Tokenize("宇航员进入太空");

        Assert.Equal(["宇航", "航员", "员进", "进入", "入太", "太空"], tokens.Select(token => token.Term));
        Assert.Equal([0, 1, 2, 3, 4, 5], tokens.Select(token => token.Start));
        Assert.All(tokens, token => Assert.Equal(2, token.Length));
    }

    [Theory]
    [InlineData("iPhone手机", new[] { "iphone", "手机" })]
    [InlineData("好", new[] { "好" })]
    [InlineData("カタカナとひらがな", new[] { "カタ", "タカ", "カナ", "ナと", "とひ", "ひら", "らが", "がな" })]
    public void Tokenize_MixedAndShortRuns_LatinWordsApartFromPairs(string text, string[] words) =>
        Assert.Equal(words, SearchTokenizer.Tokenize(text).Select(token => token.Folded));

    [Theory]
    [InlineData("宇航员", "zh")]
    [InlineData("太空", "zh")]
    [InlineData("宇航员 太空", "zh")]
    [InlineData("地铁", "zh2")]
    [InlineData("新幹線", "ja")]
    [InlineData("宇宙飛行士", "ja")]
    [InlineData("지하철", "ko")]
    [InlineData("astronauts", "en")]
    public void Search_WordInsideASentence_FindsItsArticleFirst(string query, string expected) =>
        Assert.Equal(expected, Ids(query).FirstOrDefault());

    [Fact]
    public void Search_PairsOfAnotherWord_NotFound()
    {
        // 飞行 ("flight") is in no article: the pairs of 宇航员 and 太空 must not add up to it.
        Assert.Empty(Ids("飞行"));
    }

    [Fact]
    public void Search_QuotedChinesePhrase_OnlyTheExactSequence()
    {
        Assert.Equal(["zh"], Ids("\"进入太空\""));
        Assert.Empty(Ids("\"太空进入\""));
    }

    [Fact]
    public void Search_ChineseWord_SnippetMarksTheWordOnce()
    {
        var snippet = Index.Search("宇航员", 1, 10).Hits[0].SnippetHtml;

        Assert.Contains("<mark>宇航员</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("</mark><mark>", snippet, StringComparison.Ordinal);
    }
}

using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;

namespace NewsReader.Browser.Tests.ReadingState;

/// <summary>The reading state reading.js keeps in localStorage, and the one way tests make some: reading partway.</summary>
public static class ReadingStorage
{
    public const string ReadKey = "newsreader-read";
    public const string PlacesKey = "newsreader-progress";

    /// <summary>The long article's headline, as its teaser and the continue-reading list show it.</summary>
    public const string LongArticleHeadline = "City archive opens its storm records to the public";

    /// <summary>The paragraph of the long article's body a test leaves off in, and how far into it.</summary>
    public const int LeftOffParagraph = 18;

    public const double LeftOffInto = 0.3;

    /// <summary>Where a paragraph's top is, as a share of its height above (negative) or below the top of the screen.</summary>
    public const string ParagraphTop = """
        (index) => {
          const box = document.querySelectorAll(".article-body p")[index].getBoundingClientRect();
          return box.top / box.height;
        }
        """;

    /// <summary>The stored paths of a key, oldest first (empty when the key is absent).</summary>
    public static Task<string[]> PathsAsync(IPage page, string key) =>
        page.EvaluateAsync<string[]>("(key) => JSON.parse(localStorage.getItem(key) || '[]').map((entry) => entry.p)", key);

    public static Task<string?> RawAsync(IPage page, string key) =>
        page.EvaluateAsync<string?>("(key) => localStorage.getItem(key)", key);

    /// <summary>
    /// Opens the long article and scrolls so the top of the screen is <see cref="LeftOffInto"/> of the way
    /// into paragraph <see cref="LeftOffParagraph"/>, then waits until resume.js has stored the place.
    /// </summary>
    public static async Task ReadLongArticlePartwayAsync(IPage page)
    {
        await page.GotoAsync(FixtureSeeds.LongArticlePath);
        await page.EvaluateAsync(
            """
            ([index, into]) => {
              const paragraph = document.querySelectorAll(".article-body p")[index];
              const box = paragraph.getBoundingClientRect();
              window.scrollTo(0, window.scrollY + box.top + box.height * into);
            }
            """,
            new object[] { LeftOffParagraph, LeftOffInto });
        var stored = await Poll.UntilAsync(() => PathsAsync(page, PlacesKey), paths => paths.Contains(FixtureSeeds.LongArticlePath));
        Assert.Contains(FixtureSeeds.LongArticlePath, stored);
    }
}

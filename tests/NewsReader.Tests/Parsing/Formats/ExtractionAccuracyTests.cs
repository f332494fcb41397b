using Xunit.Abstractions;

namespace NewsReader.Tests.Parsing.Formats;

/// <summary>
/// Field-by-field extraction accuracy on the hand-written fixtures, printed as a table
/// (dotnet test --filter ExtractionAccuracy --logger "console;verbosity=detailed").
/// </summary>
public sealed class ExtractionAccuracyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("html", ".html")]
    [InlineData("markdown", ".md")]
    [InlineData("text", ".txt")]
    public void Fixtures_EveryFieldScored_ReportsAccuracy(string folder, string extension)
    {
        var totals = new SortedDictionary<string, (int Right, int All)>(StringComparer.Ordinal);
        foreach (var fixture in FormatFixture.In(folder, extension).Where(f => !f.Has("error") && !(f.Expected.TryGetProperty("draft", out var d) && d.GetBoolean())))
        {
            var result = fixture.Parse();
            var scores = result.IsSuccess ? fixture.Score(result.Value!) : new Dictionary<string, bool> { ["parsed"] = false };
            if (!result.IsSuccess)
            {
                output.WriteLine($"{fixture.Name}: rejected: {result.Error}");
            }

            foreach (var (field, right) in scores)
            {
                var (r, a) = totals.GetValueOrDefault(field);
                totals[field] = (r + (right ? 1 : 0), a + 1);
                if (!right)
                {
                    output.WriteLine($"{fixture.Name}: {field} wrong{fixture.Explain(field, result.Value)}");
                }
            }
        }

        foreach (var (field, (right, all)) in totals)
        {
            output.WriteLine($"{folder,-9} {field,-15} {right,3}/{all,-3} {100.0 * right / all,5:F0}%");
        }

        Assert.NotEmpty(totals);
    }
}

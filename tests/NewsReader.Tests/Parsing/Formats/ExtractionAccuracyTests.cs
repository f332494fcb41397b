using System.Globalization;
using Xunit.Abstractions;

namespace NewsReader.Tests.Parsing.Formats;

/// <summary>
/// Every field of every hand-written fixture under TestData/Formats, asserted: one row per fixture and
/// field. The fields the parser gets wrong today are listed by name and reason in
/// <see cref="KnownExtractionFailures"/>; a listed field that comes out right fails too, so the list only shrinks.
/// </summary>
public sealed class ExtractionAccuracyTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var fixture in FormatFixture.All())
        {
            foreach (var field in fixture.Fields())
            {
                rows.Add(fixture.Id, field);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Parse_FixtureField_MatchesExpected(string fixture, string field)
    {
        var subject = FormatFixture.Find(fixture);
        var result = subject.Parse();
        var right = subject.Check(field, result);
        var key = fixture + ":" + field;
        if (KnownExtractionFailures.Reasons.TryGetValue(key, out var reason))
        {
            Assert.False(right, $"{key} now comes out right: remove it from KnownExtractionFailures (it was listed because {reason})");
        }
        else
        {
            Assert.True(right, $"{key} is wrong: {subject.Explain(field, result)}");
        }
    }

    [Fact]
    public void KnownFailures_EveryName_IsAFixtureField()
    {
        var rows = FormatFixture.All().SelectMany(f => f.Fields().Select(field => f.Id + ":" + field)).ToHashSet(StringComparer.Ordinal);

        Assert.All(KnownExtractionFailures.Reasons.Keys, key => Assert.Contains(key, rows));
    }

    /// <summary>The accuracy per folder and field, printed (dotnet test --filter ExtractionAccuracy --logger "console;verbosity=detailed").</summary>
    [Fact]
    public void Fixtures_AllFields_WrongOnlyWhereKnown()
    {
        var totals = new SortedDictionary<string, (int Right, int All)>(StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var fixture in FormatFixture.All())
        {
            var result = fixture.Parse();
            foreach (var field in fixture.Fields())
            {
                var right = fixture.Check(field, result);
                var key = fixture.Id.Split('/')[0] + " " + field;
                var (r, a) = totals.GetValueOrDefault(key);
                totals[key] = (r + (right ? 1 : 0), a + 1);
                if (!right)
                {
                    wrong.Add(fixture.Id + ":" + field);
                    output.WriteLine($"{fixture.Id}:{field} wrong: {fixture.Explain(field, result)}");
                }
            }
        }

        foreach (var (key, (right, all)) in totals)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key,-26} {right,3}/{all,-3} {100.0 * right / all,5:F0}%"));
        }

        Assert.Equal(KnownExtractionFailures.Reasons.Keys.Order(StringComparer.Ordinal), wrong.Order(StringComparer.Ordinal));
    }
}

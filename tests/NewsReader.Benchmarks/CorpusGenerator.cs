using System.Text;

namespace NewsReader.Benchmarks;

/// <summary>
/// Writes articles shaped like the seed: a headline, a short caption now and then, 5–34
/// paragraphs with quotations and non-ASCII names, 1–8 KB each. Seeded, so the same command
/// writes the same corpus on every machine.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Words =
    [
        "government", "minister", "market", "economy", "talks", "meeting", "leaders", "trade", "growth", "prices",
        "election", "party", "voters", "budget", "deficit", "rates", "bank", "shares", "profits", "company",
        "said", "would", "could", "after", "before", "during", "while", "year", "week", "month", "report",
        "security", "policy", "reform", "plans", "deal", "agreement", "summit", "region", "border", "forces",
        "energy", "oil", "gas", "climate", "schools", "hospitals", "workers", "jobs", "unions", "strike",
        "investors", "analysts", "figures", "data", "quarter", "record", "rise", "fall", "sharp", "modest",
        "the", "a", "of", "to", "in", "and", "on", "for", "with", "that", "by", "from", "as", "at", "its",
    ];

    private static readonly string[] Names =
    [
        "Zoë Šťastná", "José Álvarez", "Łukasz Wójcik", "Søren Kierkegård", "Chung Dong-young", "Kim Jong Un",
        "Xi Jinping", "Angela Merkel", "Emmanuel Macron", "Narendra Modi", "Jacinda Ardern", "Lula da Silva",
        "Björn Ulvaeus", "François Hollande", "Nguyễn Phú Trọng", "Recep Erdoğan", "Olaf Scholz", "Giorgia Meloni",
    ];

    private static readonly string[] Places =
    [
        "Busan", "São Paulo", "Kraków", "Zürich", "Reykjavík", "Montréal", "Malmö", "Düsseldorf", "Bogotá",
        "Seoul", "Tokyo", "Nairobi", "Lagos", "Jakarta", "Manila", "Brussels", "Geneva", "Ankara",
    ];

    public static void Write(int count, string folder, int seed = 20261128)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var id = $"{random.NextInt64():x16}"[..16];
            File.WriteAllText(Path.Combine(folder, $"{i:000000}_{id}.txt"), Article(random), new UTF8Encoding(false));
        }
    }

    public static string Article(Random random)
    {
        var text = new StringBuilder();
        text.Append(Capitalise(Sentence(random, 6, 11, period: false))).Append("\n\n");
        if (random.Next(3) == 0)
        {
            text.Append(Names[random.Next(Names.Length)]).Append(" in ").Append(Places[random.Next(Places.Length)]).Append(".\n\n");
        }

        var target = random.Next(1024, 8192);
        var paragraphs = random.Next(5, 35);
        for (var p = 0; p < paragraphs || text.Length < target; p++)
        {
            if (p >= 34 || text.Length >= target + 512)
            {
                break;
            }

            text.Append(Paragraph(random)).Append("\n\n");
        }

        return text.ToString();
    }

    private static string Paragraph(Random random)
    {
        var paragraph = new StringBuilder();
        var sentences = random.Next(1, 5);
        for (var s = 0; s < sentences; s++)
        {
            paragraph.Append(s == 0 ? "" : " ");
            if (random.Next(4) == 0)
            {
                paragraph.Append('“').Append(Capitalise(Sentence(random, 5, 14, period: true))).Append("” ")
                    .Append(Names[random.Next(Names.Length)]).Append(" said.");
            }
            else
            {
                paragraph.Append(Capitalise(Sentence(random, 8, 24, period: false)))
                    .Append(" in ").Append(Places[random.Next(Places.Length)]).Append('.');
            }
        }

        return paragraph.ToString();
    }

    private static string Sentence(Random random, int min, int max, bool period)
    {
        var words = Enumerable.Range(0, random.Next(min, max)).Select(_ => Words[random.Next(Words.Length)]);
        return string.Join(' ', words) + (period ? "." : "");
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

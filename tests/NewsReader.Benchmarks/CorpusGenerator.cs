using System.Text;

namespace NewsReader.Benchmarks;

/// <summary>
/// Writes articles shaped like the seed: a headline, a short caption now and then, 5–34
/// paragraphs with quotations and non-ASCII names, 1–8 KB each. Words follow Zipf's law over a
/// vocabulary of tens of thousands, as real news text does, so that search and related-reading
/// figures measured on it mean something. Seeded, so the same command writes the same corpus on
/// every machine.
/// </summary>
public static class CorpusGenerator
{
    public const int DefaultSeed = 20261128;

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

    public static void Write(int count, string folder, int seed = DefaultSeed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var id = $"{random.NextInt64():x16}"[..16];
            File.WriteAllText(Path.Combine(folder, $"{i:000000}_{id}.txt"), Article(random), new UTF8Encoding(false));
        }
    }

    public static IEnumerable<string> Articles(int count, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Article(random);
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

        // Log-uniform between 1 and 8 KB: most news stories are short, a few are long.
        var target = Math.Exp(Math.Log(1024) + (random.NextDouble() * Math.Log(8)));
        for (var p = 0; p < 34 && (p < 5 || text.Length < target); p++)
        {
            text.Append(Paragraph(random)).Append("\n\n");
        }

        return text.ToString();
    }

    private static string Paragraph(Random random)
    {
        var paragraph = new StringBuilder();
        var sentences = random.Next(1, 4);
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
        var count = random.Next(min, max);
        var sentence = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sentence.Append(i == 0 ? "" : " ").Append(ZipfVocabulary.Next(random));
        }

        return sentence.Append(period ? "." : "").ToString();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

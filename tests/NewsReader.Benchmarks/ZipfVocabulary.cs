namespace NewsReader.Benchmarks;

/// <summary>
/// Words drawn by Zipf's law (the word of rank r is about 1/r as frequent as the commonest):
/// real English function and news words first, then made-up but pronounceable words with English
/// endings, so stemming has forms to join and rare words are as rare as in real text.
/// </summary>
internal static class ZipfVocabulary
{
    private const int Size = 40_000;

    private static readonly string[] Common =
    [
        "the", "of", "to", "and", "a", "in", "that", "is", "for", "on", "it", "with", "as", "was", "he", "said",
        "be", "by", "at", "have", "from", "has", "but", "are", "not", "this", "they", "an", "will", "his", "been",
        "were", "had", "would", "which", "who", "their", "more", "after", "also", "its", "year", "we", "could",
        "government", "minister", "market", "economy", "talks", "meeting", "leaders", "trade", "growth", "prices",
        "election", "party", "voters", "budget", "deficit", "interest", "rates", "bank", "shares", "profits",
        "company", "before", "during", "while", "week", "month", "report", "security", "policy", "reform", "plans",
        "deal", "agreement", "summit", "region", "border", "forces", "energy", "oil", "gas", "climate", "schools",
        "hospitals", "workers", "jobs", "unions", "strike", "investors", "analysts", "figures", "data", "quarter",
        "record", "rise", "fall", "sharp", "modest", "officials", "country", "people", "president", "city",
    ];

    private static readonly string[] Onsets = ["b", "br", "c", "ch", "d", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "r", "s", "st", "t", "tr", "v", "w", "z"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou"];
    private static readonly string[] Endings = ["", "", "", "s", "ing", "ed", "er", "ation", "ly", "ment"];

    private static readonly string[] Words = Build();
    private static readonly double[] Cumulative = Weights();

    public static string Next(Random random)
    {
        var index = Array.BinarySearch(Cumulative, random.NextDouble() * Cumulative[^1]);
        return Words[Math.Min(index < 0 ? ~index : index, Words.Length - 1)];
    }

    private static string[] Build()
    {
        var random = new Random(7);
        var words = new List<string>(Common);
        var seen = new HashSet<string>(Common, StringComparer.Ordinal);
        while (words.Count < Size)
        {
            var word = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)]))
                + Onsets[random.Next(Onsets.Length)] + Endings[random.Next(Endings.Length)];
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        return [.. words];
    }

    private static double[] Weights()
    {
        var cumulative = new double[Words.Length];
        var total = 0.0;
        for (var rank = 0; rank < Words.Length; rank++)
        {
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }

        return cumulative;
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NewsReader.Benchmarks;

/// <summary>
/// Single articles for the per-file benchmarks, each one of the formats the seeds folder takes.
/// The prose comes from <see cref="CorpusGenerator"/> with fixed seeds, so every run and every
/// machine measures the same bytes; the markup around it is written here.
/// </summary>
internal static class SampleDocuments
{
    public const string Headline = "Harbour board votes to deepen the channel before the autumn season";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The first generated article of about the given size: a headline, maybe a caption, paragraphs.</summary>
    public static string PlainText(int approximateBytes) =>
        CorpusGenerator.Articles(1_000).First(text => Math.Abs(Encoding.UTF8.GetByteCount(text) - approximateBytes) < 200);

    /// <summary>Paragraphs of generated prose, headlines and captions left out, without end.</summary>
    public static IEnumerable<string> Paragraphs(int seed)
    {
        foreach (var article in CorpusGenerator.Articles(int.MaxValue, seed))
        {
            foreach (var block in article.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Skip(1))
            {
                if (block.Length > 120)
                {
                    yield return block;
                }
            }
        }
    }

    /// <summary>Markdown as a writer would save it: YAML front matter, subheadings, a pipe table, a quotation, inline markup.</summary>
    public static string Markdown(int approximateBytes)
    {
        var text = new StringBuilder();
        text.Append("---\n")
            .Append("title: \"").Append(Headline).Append("\"\n")
            .Append("author: Søren Kierkegård\n")
            .Append("date: 2026-03-14T09:30:00+01:00\n")
            .Append("tags: [shipping, harbour, infrastructure, Malmö]\n")
            .Append("---\n\n");
        using var paragraphs = Paragraphs(seed: 7).GetEnumerator();
        string Next() => paragraphs.MoveNext() ? paragraphs.Current : "";

        text.Append(Next()).Append("\n\n").Append(Next()).Append("\n\n");
        text.Append("## What the board decided\n\n").Append(Next()).Append("\n\n");
        text.Append("| Berth | Depth today (m) | Depth planned (m) | Calls a week | Operator |\n")
            .Append("|:------|----------------:|------------------:|-------------:|:---------|\n")
            .Append("| North quay | 11.5 | 14.0 | 38 | Øresund Terminals |\n")
            .Append("| Grain pier | 9.8 | 12.5 | 12 | Baltic Bulk AB |\n")
            .Append("| Ferry berth 2 | 8.0 | 8.0 | 61 | Stena Line |\n")
            .Append("| Container yard east | 12.0 | 15.5 | 24 | CMP |\n")
            .Append("| Ro-ro ramp | 7.5 | 9.0 | 17 | Finnlines |\n")
            .Append("| Tanker jetty | 13.2 | 13.2 | 6 | Nordic Fuels |\n\n");
        text.Append("> “We cannot ask the ships to wait for the tide,” said **Zoë Šťastná**, who chairs the board.\n\n");
        text.Append("## Who pays\n\n");
        var emphasis = 0;
        while (Encoding.UTF8.GetByteCount(text.ToString()) < approximateBytes - 150)
        {
            var paragraph = Next();
            text.Append(emphasis++ % 3 == 0 ? $"*{paragraph}*" : paragraph).Append("\n\n");
        }

        return text.Append("Read the [board's decision](https://harbour.example/decisions/2026-14) and the [dredging plan](plans/dredging.pdf).\n").ToString();
    }

    public static string Encode(string text) => Encoder.Encode(text);
}

using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>One article's terms, each with its weighted frequency and positions, ready to merge into the index.</summary>
internal sealed class DocumentTerms
{
    /// <summary>A headline word counts as much as this many body words: a headline match beats a passing mention.</summary>
    public const float HeadlineWeight = 3f;

    /// <summary>Blocks are spaced apart in position so a phrase never matches across a paragraph break.</summary>
    private const int BlockGap = 8;

    public Dictionary<string, Occurrence> Terms { get; } = new(StringComparer.Ordinal);

    public float Length { get; private set; }

    public sealed class Occurrence
    {
        public float Weight { get; set; }

        public List<int> Positions { get; } = [];
    }

    public static DocumentTerms Of(Article article)
    {
        var document = new DocumentTerms();
        var position = document.Add(article.Headline, 0, HeadlineWeight);
        if (article.Caption is not null)
        {
            position = document.Add(article.Caption, position + BlockGap, 1f);
        }

        foreach (var block in article.Body)
        {
            position = document.Add(block.Text, position + BlockGap, 1f);
        }

        return document;
    }

    private int Add(string text, int position, float weight)
    {
        foreach (var token in SearchTokenizer.Tokenize(text))
        {
            if (!Terms.TryGetValue(token.Term, out var occurrence))
            {
                Terms[token.Term] = occurrence = new Occurrence();
            }

            occurrence.Weight += weight;
            occurrence.Positions.Add(position++);
            Length += weight;
        }

        return position;
    }
}

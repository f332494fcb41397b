using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>
/// One article's terms, each with its weighted frequency and its positions, ready to merge into
/// the index: flat arrays, ordered by first appearance, so a build allocates a handful of arrays
/// per article rather than an object per word.
/// </summary>
internal sealed class DocumentTerms
{
    /// <summary>A headline word counts as much as this many body words: a headline match beats a passing mention.</summary>
    public const float HeadlineWeight = 3f;

    /// <summary>Blocks are spaced apart in position so a phrase never matches across a paragraph break.</summary>
    private const int BlockGap = 8;

    [ThreadStatic]
    private static Scratch? _scratch;

    /// <summary>Term ids (<see cref="TermIds"/>), each once; the arrays may be longer than <see cref="Count"/>.</summary>
    public int[] Ids { get; private set; } = [];

    /// <summary>How many distinct terms the article has.</summary>
    public int Count { get; private set; }

    /// <summary>How often each term occurs, headline words weighted.</summary>
    public float[] Frequencies { get; private set; } = [];

    /// <summary>Where each term's positions start in <see cref="Positions"/>, plus one end.</summary>
    public int[] PositionStarts { get; private set; } = [];

    public int[] Positions { get; private set; } = [];

    /// <summary>The weighted number of words, for BM25's length normalisation.</summary>
    public float Length { get; private set; }

    public ReadOnlySpan<int> PositionsOf(int term) => Positions.AsSpan(PositionStarts[term], PositionStarts[term + 1] - PositionStarts[term]);

    public static DocumentTerms Of(Article article) => new DocumentTerms().Fill(article);

    /// <summary>Replaces this instance's terms with the article's, reusing its arrays (index builds fill thousands in turn).</summary>
    public DocumentTerms Fill(Article article)
    {
        var scratch = _scratch ??= new Scratch();
        scratch.Begin();
        var collector = new Collector(scratch, HeadlineWeight);
        WordScanner.Scan(article.Headline, ref collector);
        collector = new Collector(scratch, 1f);
        if (article.Caption is not null)
        {
            scratch.Position += BlockGap;
            WordScanner.Scan(article.Caption, ref collector);
        }

        foreach (var block in article.Body)
        {
            scratch.Position += BlockGap;
            WordScanner.Scan(block.Text, ref collector);
        }

        scratch.CopyTo(this);
        return this;
    }

    private readonly struct Collector(Scratch scratch, float weight) : IWordVisitor
    {
        public void Visit(ReadOnlySpan<char> folded, int start, int length) => scratch.Add(TermIds.OfSpelling(folded), weight);
    }

    /// <summary>Per-thread working arrays, reused from one article to the next.</summary>
    private sealed class Scratch
    {
        private int[] _slotOfTerm = [];
        private int[] _stampOfTerm = [];
        private int _stamp;
        private readonly List<int> _ids = [];
        private readonly List<float> _frequencies = [];
        private readonly List<int> _counts = [];
        private readonly List<(int Slot, int Position)> _occurrences = [];
        private float _length;

        public int Position { get; set; }

        public void Begin()
        {
            _stamp++;
            _ids.Clear();
            _frequencies.Clear();
            _counts.Clear();
            _occurrences.Clear();
            _length = 0;
            Position = 0;
        }

        public void Add(int term, float weight)
        {
            if (term >= _slotOfTerm.Length)
            {
                var size = Math.Max(term + 1, TermIds.Count) * 2;
                Array.Resize(ref _slotOfTerm, size);
                Array.Resize(ref _stampOfTerm, size);
            }

            if (_stampOfTerm[term] != _stamp)
            {
                _stampOfTerm[term] = _stamp;
                _slotOfTerm[term] = _ids.Count;
                _ids.Add(term);
                _frequencies.Add(0);
                _counts.Add(0);
            }

            var slot = _slotOfTerm[term];
            _frequencies[slot] += weight;
            _counts[slot]++;
            _occurrences.Add((slot, Position++));
            _length += weight;
        }

        public void CopyTo(DocumentTerms terms)
        {
            var count = _ids.Count;
            terms.Count = count;
            terms.Length = _length;
            terms.Ids = Fit(terms.Ids, count);
            terms.Frequencies = Fit(terms.Frequencies, count);
            terms.PositionStarts = Fit(terms.PositionStarts, count + 1);
            terms.Positions = Fit(terms.Positions, _occurrences.Count);
            _ids.CopyTo(terms.Ids);
            _frequencies.CopyTo(terms.Frequencies);
            var starts = terms.PositionStarts;
            starts[0] = 0;
            for (var slot = 0; slot < count; slot++)
            {
                starts[slot + 1] = starts[slot] + _counts[slot];
            }

            // Each term's next free place, starting where its positions start.
            _counts.Clear();
            _counts.AddRange(starts.AsSpan(0, count));
            foreach (var (slot, position) in _occurrences)
            {
                terms.Positions[_counts[slot]++] = position;
            }
        }

        private static T[] Fit<T>(T[] array, int length) => array.Length >= length ? array : new T[Math.Max(length, array.Length * 2)];
    }
}

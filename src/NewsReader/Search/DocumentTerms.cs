using NewsReader.Articles;
using NewsReader.Search.Languages;

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

    private const int MaxBytesPerPosition = 5;

    [ThreadStatic]
    private static Scratch? _scratch;

    /// <summary>Term ids (<see cref="TermIds"/>), each once; the arrays may be longer than <see cref="Count"/>.</summary>
    public int[] Ids { get; private set; } = [];

    /// <summary>How many distinct terms the article has.</summary>
    public int Count { get; private set; }

    /// <summary>How often each term occurs, headline words weighted.</summary>
    public float[] Frequencies { get; private set; } = [];

    /// <summary>Where each term's encoded positions start in <see cref="EncodedPositions"/>, plus one end.</summary>
    public int[] EncodedStarts { get; private set; } = [];

    /// <summary>Each term's positions in turn, as <see cref="PositionCodec"/> deltas: the bytes the index keeps.</summary>
    public byte[] EncodedPositions { get; private set; } = [];

    /// <summary>The language the article's words were stemmed in.</summary>
    public TextLanguage Language { get; private set; }

    /// <summary>The weighted number of words, for BM25's length normalisation.</summary>
    public float Length { get; private set; }

    /// <summary>How many bytes the term in <paramref name="slot"/> has in <see cref="EncodedPositions"/>.</summary>
    public int EncodedLengthOf(int slot) => EncodedStarts[slot + 1] - EncodedStarts[slot];

    public static DocumentTerms Of(Article article) => new DocumentTerms().Fill(article);

    /// <summary>Replaces this instance's terms with the article's, reusing its arrays (index builds fill thousands in turn).</summary>
    public DocumentTerms Fill(Article article)
    {
        var scratch = _scratch ??= new Scratch();
        scratch.Begin();
        Language = ArticleLanguage.Of(article);
        var collector = new Collector(scratch, HeadlineWeight, Language);
        WordScanner.Scan(article.Headline, ref collector);
        collector = new Collector(scratch, 1f, Language);
        if (article.Caption is not null)
        {
            scratch.Position += BlockGap;
            WordScanner.Scan(article.Caption, ref collector);
        }

        foreach (var block in article.Body)
        {
            scratch.Position += BlockGap;
            WordScanner.Scan(block.DecodeText(ref scratch.Text), ref collector);
        }

        scratch.CopyTo(this);
        return this;
    }

    private readonly struct Collector(Scratch scratch, float weight, TextLanguage language) : IWordVisitor
    {
        public void Visit(ReadOnlySpan<char> word, ReadOnlySpan<char> folded, int start, int length) =>
            scratch.Add(TermIds.OfSpelling(language, SearchTokenizer.SpellingOf(language, word, folded)), weight);
    }

    /// <summary>Per-thread working arrays, reused from one article to the next.</summary>
    private sealed class Scratch
    {
        /// <summary>A block's text, decoded from the article's UTF-8 without making a string.</summary>
        public char[] Text = [];

        private int[] _slotOfTerm = [];
        private int[] _stampOfTerm = [];
        private int _stamp;
        private readonly List<int> _ids = [];
        private readonly List<float> _frequencies = [];
        private readonly List<int> _counts = [];
        private readonly List<(int Slot, int Position)> _occurrences = [];
        private int[] _sorted = [];
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
            _ids.CopyTo(terms.Ids);
            _frequencies.CopyTo(terms.Frequencies);

            // Occurrences arrive in text order; sort them by term (a counting sort: positions stay
            // ascending within each term) so each term's positions encode as one run of deltas.
            _sorted = Fit(_sorted, _occurrences.Count);
            _counts.Add(0);
            var next = 0;
            for (var slot = 0; slot <= count; slot++)
            {
                (_counts[slot], next) = (next, next + _counts[slot]);
            }

            foreach (var (slot, position) in _occurrences)
            {
                _sorted[_counts[slot]++] = position;
            }

            terms.EncodedStarts = Fit(terms.EncodedStarts, count + 1);
            terms.EncodedPositions = Fit(terms.EncodedPositions, _occurrences.Count * MaxBytesPerPosition);
            var written = 0;
            var from = 0;
            for (var slot = 0; slot < count; slot++)
            {
                terms.EncodedStarts[slot] = written;
                written += PositionCodec.Encode(_sorted.AsSpan(from, _counts[slot] - from), terms.EncodedPositions.AsSpan(written));
                from = _counts[slot];
            }

            terms.EncodedStarts[count] = written;
        }

        private static T[] Fit<T>(T[] array, int length) => array.Length >= length ? array : new T[Math.Max(length, array.Length * 2)];
    }
}

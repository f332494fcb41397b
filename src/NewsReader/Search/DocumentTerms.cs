using NewsReader.Articles;
using NewsReader.Search.Languages;

namespace NewsReader.Search;

/// <summary>
/// One article's terms, each with its weighted frequency and its positions, ready to merge into
/// the index: flat arrays, ordered by first appearance, so a build allocates a handful of arrays
/// per article rather than an object per word.
/// </summary>
internal sealed partial class DocumentTerms
{
    /// <summary>Marks a term the headline has (<see cref="Zones"/>): the index scores it above a passing mention (<see cref="Bm25.HeadlineBonus"/>).</summary>
    public const byte InHeadline = 1;

    /// <summary>Marks a term the standfirst (or lead paragraph) has (<see cref="Bm25.LeadBonus"/>).</summary>
    public const byte InLead = 2;

    /// <summary>Blocks are spaced apart in position so a phrase never matches across a paragraph break.</summary>
    private const int BlockGap = 8;

    private const int MaxBytesPerPosition = 5;

    [ThreadStatic]
    private static Scratch? _scratch;

    /// <summary>Term ids (<see cref="TermIds"/>), each once; the arrays may be longer than <see cref="Count"/>.</summary>
    public int[] Ids { get; private set; } = [];

    /// <summary>How many distinct terms the article has.</summary>
    public int Count { get; private set; }

    /// <summary>How often each term occurs.</summary>
    public float[] Frequencies { get; private set; } = [];

    /// <summary>
    /// Per term, where it occurs beside the body (<see cref="InHeadline"/>, <see cref="InLead"/>):
    /// kept apart from the frequency because a headline word repeated in the body is still one
    /// mention that saturates, where being in the headline says what the article is about.
    /// </summary>
    public byte[] Zones { get; private set; } = [];

    /// <summary>Where each term's encoded positions start in <see cref="EncodedPositions"/>, plus one end.</summary>
    public int[] EncodedStarts { get; private set; } = [];

    /// <summary>Each term's positions in turn, as <see cref="PositionCodec"/> deltas: the bytes the index keeps.</summary>
    public byte[] EncodedPositions { get; private set; } = [];

    /// <summary>
    /// Where each block after the headline starts among the word positions, in the order
    /// <see cref="BlockText"/> numbers them: snippets find their passage from the index's positions
    /// and read only that block. The array may be longer than <see cref="BlockCount"/>.
    /// </summary>
    public int[] BlockStarts { get; private set; } = [];

    public int BlockCount { get; private set; }

    /// <summary>The language the article's words were stemmed in.</summary>
    public TextLanguage Language { get; private set; }

    /// <summary>The number of words, for BM25's length normalisation.</summary>
    public float Length { get; private set; }

    /// <summary>How many bytes the term in <paramref name="slot"/> has in <see cref="EncodedPositions"/>.</summary>
    public int EncodedLengthOf(int slot) => EncodedStarts[slot + 1] - EncodedStarts[slot];

    public static DocumentTerms Of(Article article) => new DocumentTerms().Fill(article);

    /// <summary>An array of at least <paramref name="length"/>, this one when it is long enough: fills reuse their arrays.</summary>
    private static T[] Fit<T>(T[] array, int length) => array.Length >= length ? array : new T[Math.Max(length, array.Length * 2)];

    /// <summary>Replaces this instance's terms with the article's, reusing its arrays (index builds fill thousands in turn).</summary>
    public DocumentTerms Fill(Article article)
    {
        var scratch = _scratch ??= new Scratch();
        scratch.Begin();
        Language = ArticleLanguage.Of(article);
        var collector = new Collector(scratch, InHeadline, Language);
        WordScanner.Scan(article.Headline, ref collector);
        collector = new Collector(scratch, 0, Language);
        if (article.Caption is not null)
        {
            scratch.StartBlock(BlockGap);
            WordScanner.Scan(article.Caption, ref collector);
        }

        // The standfirst says what the article is about, like the headline. In plain text it is
        // the lead paragraph (so is a web page's description that repeats it): weight that
        // paragraph. A standfirst of its own (a page's description) is indexed before the body.
        var lead = LeadParagraph(article);
        if (lead < 0 && article.Standfirst is { } standfirst)
        {
            scratch.StartBlock(BlockGap);
            collector = new Collector(scratch, InLead, Language);
            WordScanner.Scan(standfirst, ref collector);
        }

        var body = article.Body;
        for (var i = 0; i < body.Length; i++)
        {
            scratch.StartBlock(BlockGap);
            collector = new Collector(scratch, i == lead ? InLead : (byte)0, Language);
            WordScanner.Scan(body[i].DecodeText(ref scratch.Text), ref collector);
        }

        scratch.CopyTo(this);
        return this;
    }

    /// <summary>The text of a block after the headline, numbered as <see cref="BlockStarts"/> are: caption, a standfirst of its own, the body.</summary>
    internal static string? BlockText(Article article, int block)
    {
        if (article.Caption is { } caption && block-- == 0)
        {
            return caption;
        }

        if (LeadParagraph(article) < 0 && article.Standfirst is { } standfirst && block-- == 0)
        {
            return standfirst;
        }

        var body = article.Body;
        return block >= 0 && block < body.Length ? body[block].Text : null;
    }

    /// <returns>The body block that is the article's standfirst, or -1 when its standfirst stands apart from the body.</returns>
    internal static int LeadParagraph(Article article)
    {
        if (article.StandfirstText is not null && !article.StandfirstOpensBody)
        {
            return -1;
        }

        var body = article.Body;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i].Kind == ArticleBlockKind.Paragraph)
            {
                return i;
            }
        }

        return -1;
    }

    private readonly struct Collector(Scratch scratch, byte zone, TextLanguage language) : IWordVisitor
    {
        public void Visit(ReadOnlySpan<char> word, ReadOnlySpan<char> folded, int start, int length) =>
            scratch.Add(TermIds.OfSpelling(language, SearchTokenizer.SpellingOf(language, word, folded)), zone);
    }

    /// <summary>Per-thread working arrays, reused from one article to the next.</summary>
    private sealed class Scratch
    {
        /// <summary>A block's text, decoded from the article's UTF-8 without making a string.</summary>
        public char[] Text = [];

        private int[] _slotOfTerm = [];
        private int[] _stampOfTerm = [];
        private int _stamp;
        // Plain arrays and counts rather than lists: every word of every article passes through Add.
        private int[] _ids = new int[256];
        private float[] _frequencies = new float[256];
        private byte[] _zones = new byte[256];
        private int[] _counts = new int[257];
        private int _terms;
        private readonly List<int> _blockStarts = [];
        private (int Slot, int Position)[] _occurrences = new (int, int)[1024];
        private int _occurrenceCount;
        private int[] _sorted = [];
        private float _length;

        public int Position { get; set; }

        /// <summary>Spaces the next block from the last and notes where it starts.</summary>
        public void StartBlock(int gap)
        {
            Position += gap;
            _blockStarts.Add(Position);
        }

        public void Begin()
        {
            _stamp++;
            (_terms, _occurrenceCount) = (0, 0);
            _blockStarts.Clear();
            _length = 0;
            Position = 0;
        }

        public void Add(int term, byte zone)
        {
            if (term >= _slotOfTerm.Length)
            {
                var size = Math.Max(term + 1, TermIds.Count) * 2;
                Array.Resize(ref _slotOfTerm, size);
                Array.Resize(ref _stampOfTerm, size);
            }

            if (_stampOfTerm[term] != _stamp)
            {
                if (_terms == _ids.Length)
                {
                    GrowTerms();
                }

                _stampOfTerm[term] = _stamp;
                _slotOfTerm[term] = _terms;
                (_ids[_terms], _frequencies[_terms], _zones[_terms], _counts[_terms]) = (term, 0, 0, 0);
                _terms++;
            }

            var slot = _slotOfTerm[term];
            _frequencies[slot]++;
            _zones[slot] |= zone;
            _counts[slot]++;
            if (_occurrenceCount == _occurrences.Length)
            {
                Array.Resize(ref _occurrences, _occurrences.Length * 2);
            }

            _occurrences[_occurrenceCount++] = (slot, Position++);
            _length++;
        }

        private void GrowTerms()
        {
            Array.Resize(ref _ids, _ids.Length * 2);
            Array.Resize(ref _frequencies, _frequencies.Length * 2);
            Array.Resize(ref _zones, _zones.Length * 2);
            // One more than the terms: the counts become their prefix sums, with an end.
            Array.Resize(ref _counts, _ids.Length + 1);
        }

        public void CopyTo(DocumentTerms terms)
        {
            var count = _terms;
            terms.Count = count;
            terms.Length = _length;
            terms.Ids = Fit(terms.Ids, count);
            terms.Frequencies = Fit(terms.Frequencies, count);
            terms.Zones = Fit(terms.Zones, count);
            _ids.AsSpan(0, count).CopyTo(terms.Ids);
            _frequencies.AsSpan(0, count).CopyTo(terms.Frequencies);
            _zones.AsSpan(0, count).CopyTo(terms.Zones);
            terms.BlockCount = _blockStarts.Count;
            terms.BlockStarts = Fit(terms.BlockStarts, _blockStarts.Count);
            _blockStarts.CopyTo(terms.BlockStarts);

            // Occurrences arrive in text order; sort them by term (a counting sort: positions stay
            // ascending within each term) so each term's positions encode as one run of deltas.
            _sorted = Fit(_sorted, _occurrenceCount);
            _counts[count] = 0;
            var next = 0;
            for (var slot = 0; slot <= count; slot++)
            {
                (_counts[slot], next) = (next, next + _counts[slot]);
            }

            foreach (var (slot, position) in _occurrences.AsSpan(0, _occurrenceCount))
            {
                _sorted[_counts[slot]++] = position;
            }

            terms.EncodedStarts = Fit(terms.EncodedStarts, count + 1);
            terms.EncodedPositions = Fit(terms.EncodedPositions, _occurrenceCount * MaxBytesPerPosition);
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
    }
}

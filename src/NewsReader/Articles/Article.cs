using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace NewsReader.Articles;

/// <summary>One published article, immutable once ingestion has built it.</summary>
public sealed record Article
{
    /// <summary>Stable identity: survives headline edits, restarts and moves between machines.</summary>
    public required string Id { get; init; }

    /// <summary>The readable, unique path segment of the permalink, derived from the headline.</summary>
    public required string Slug { get; init; }

    public required string Headline
    {
        get => Details().Headline;
        init => Details().Headline = value;
    }

    /// <summary>The summary shown under the headline in lists; for plain text, the lead paragraph.</summary>
    public string? Standfirst
    {
        get => StandfirstText?.ToString();
        init => StandfirstText = value is null ? null : new Utf8Text(value);
    }

    /// <summary>
    /// The standfirst as UTF-8 (see <see cref="Utf8Text"/>). When it repeats a block of the body, as
    /// a plain-text lead paragraph does, it is that block's slice: the bytes are kept once.
    /// </summary>
    internal Utf8Text? StandfirstText { get; init; }

    /// <summary>
    /// True when the body's first paragraph is the standfirst (a plain-text lead always is; a web
    /// page's description often is, or its start): pages then show it once, in the body.
    /// </summary>
    public bool StandfirstOpensBody => StandfirstText is { } standfirst && OpensBody(standfirst);

    /// <summary>
    /// A plain-text lead is its first paragraph, byte for byte: the same text opens it when it has a
    /// letter or digit (<see cref="Repeats.Opens"/>), which is told without making two strings of it
    /// for every article the search index reads.
    /// </summary>
    private bool OpensBody(Utf8Text standfirst)
    {
        foreach (var block in Body)
        {
            if (block.Kind != ArticleBlockKind.Paragraph)
            {
                continue;
            }

            if (block.Utf8.Equals(standfirst) && standfirst.Bytes.ContainsAny(AsciiLettersAndDigits))
            {
                return true;
            }

            return Repeats.Opens(standfirst.ToString(), block.Text);
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<byte> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);

    /// <summary>A photo caption that came with the text (the image itself is not part of the file).</summary>
    public string? Caption
    {
        get => Details().Caption;
        init => Details().Caption = value;
    }

    /// <summary>Everything below the headline, in file order, the caption excluded.</summary>
    /// <remarks>Read it once per use: an article restored from the snapshot store decodes its blocks on each read.</remarks>
    public required ImmutableArray<ArticleBlock> Body
    {
        get => StoredBody?.Read() ?? _body;
        init => (_body, StoredBody) = (value, null);
    }

    private readonly ImmutableArray<ArticleBlock> _body;

    /// <summary>Where <see cref="Body"/> is read from when the article does not hold it.</summary>
    internal ArticleBodySource? StoredBody { get; init; }

    /// <summary>
    /// The body as safe HTML; the only markup pages output raw. Markdown and web pages keep the HTML
    /// made (and sanitised) at ingestion. Plain text keeps only its blocks and renders them here when
    /// asked: a second copy of every body would double the snapshot's memory, while pages are rendered
    /// once per snapshot and cached as bytes.
    /// </summary>
    [AllowNull]
    public string BodyHtml
    {
        get => KeptBodyHtml ?? ArticleHtml.Render(Body, Standfirst);
        init => Details().BodyHtml = value;
    }

    /// <summary>The HTML kept at ingestion, without rendering plain text's: what the snapshot store saves.</summary>
    internal string? KeptBodyHtml => Details().BodyHtml;

    /// <summary>The body as plain text, blocks separated by blank lines.</summary>
    public string BodyText => string.Join("\n\n", Body.Select(block => block.Text));

    /// <summary>Who wrote it, when the source says so ("Jane Doe and John Roe").</summary>
    public string? Byline
    {
        get => Details().Byline;
        init => Details().Byline = value;
    }

    /// <summary>The names that make up <see cref="Byline"/>, one person each, in the source's order.</summary>
    public ImmutableArray<string> Authors { get; init; } = [];

    /// <summary>Where and when a wire story was filed ("SEOUL, Oct 24"), when the text starts with one.</summary>
    public string? Dateline
    {
        get => Details().Dateline;
        init => Details().Dateline = value;
    }

    /// <summary>The main image (an absolute URL, or a path under the site for images beside the file).</summary>
    public string? LeadImage
    {
        get => Details().LeadImage;
        init => Details().LeadImage = value;
    }

    /// <summary>
    /// Image references (in the body or the front matter) naming a file that does not exist inside
    /// the seeds folder: left out of the page, listed on /status for the operator to fix.
    /// </summary>
    public ImmutableArray<string> MissingImages
    {
        get => Details().MissingImages;
        init => Details().MissingImages = value;
    }

    /// <summary>The lead image's alt text, when the source gave one.</summary>
    public string? LeadImageAlt
    {
        get => Details().LeadImageAlt;
        init => Details().LeadImageAlt = value;
    }

    /// <summary>The caption of the body figure the lead image was taken from.</summary>
    public string? LeadImageCaption
    {
        get => Details().LeadImageCaption;
        init => Details().LeadImageCaption = value;
    }

    /// <summary>Who took or owns the lead image ("Photo: Jane Doe / Agency").</summary>
    public string? LeadImageCredit
    {
        get => Details().LeadImageCredit;
        init => Details().LeadImageCredit = value;
    }

    /// <summary>The lead image's size in pixels, when its file or its source says; pages reserve its space with it.</summary>
    public int? LeadImageWidth
    {
        get => Details().LeadImageWidth;
        init => Details().LeadImageWidth = value;
    }

    public int? LeadImageHeight
    {
        get => Details().LeadImageHeight;
        init => Details().LeadImageHeight = value;
    }

    public ArticleFormat Format { get; init; } = ArticleFormat.PlainText;

    /// <summary>The publication the article came from, when the source names it.</summary>
    public string? SiteName { get; init; }

    /// <summary>
    /// Where the article was first published (a saved page's canonical address), when the source
    /// says; only ever an http or https address.
    /// </summary>
    public Uri? OriginalUrl
    {
        get => Details().OriginalUrl;
        init => Details().OriginalUrl = value;
    }

    /// <summary>The language tag (e.g. <c>en</c>): the one the source declares, unless its text plainly says otherwise.</summary>
    public string? Language { get; init; }

    /// <summary>"rtl" for Arabic, Hebrew, Persian, Urdu… (see <see cref="LanguageTags"/>), else "ltr": the HTML <c>dir</c> value.</summary>
    public string TextDirection => LanguageTags.IsRightToLeft(Language) ? "rtl" : "ltr";

    /// <summary>Tags from the source's metadata; empty when it has none.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>The tags, then the people, places and organisations the text names, most mentioned first.</summary>
    public ImmutableArray<string> Topics { get; init; } = [];

    /// <summary>
    /// The topics the article itself suggests, before the corpus settles <see cref="Topics"/> from
    /// them (a common word dropped, a plural folded): see <see cref="Topics.TopicIndex"/>.
    /// </summary>
    /// <remarks>Read them once per use: an article restored from the snapshot store decodes them on each read.</remarks>
    public ImmutableArray<TopicCandidate> TopicCandidates
    {
        get => StoredTopicCandidates?.Read() ?? _topicCandidates;
        init => (_topicCandidates, StoredTopicCandidates) = (value, null);
    }

    private readonly ImmutableArray<TopicCandidate> _topicCandidates = [];

    /// <summary>Where <see cref="TopicCandidates"/> are read from when the article does not hold them.</summary>
    internal TopicCandidateSource? StoredTopicCandidates { get; init; }

    public required int WordCount { get; init; }

    public required int ReadingMinutes { get; init; }

    /// <summary>When the source says it was published; never guessed from file times.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the source says it was last updated.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>
    /// When the file last changed on disk. Only formats that require an update time (Atom) use it;
    /// it is never shown as a publication date.
    /// </summary>
    public DateTimeOffset? FileModified { get; init; }

    /// <summary>The file's path relative to the seeds folder, with forward slashes.</summary>
    public required string SourceFile { get; init; }

    /// <summary>
    /// The sub-folder of the seeds folder the file sits in ("business" for <c>business/001.txt</c>,
    /// "news/world" for deeper ones), or null for a file at the top: sources are filed by section.
    /// </summary>
    public string? Section => SourceFile.LastIndexOf('/') is var slash and > 0 ? SourceFile[..slash] : null;

    /// <summary>
    /// A hash of what the reader sees (headline, caption, body): equal for two files with the same
    /// article whatever their encoding or line endings, so copies can be recognised.
    /// </summary>
    public required string ContentHash { get; init; }

    /// <summary>
    /// XxHash3 of the bytes of the file the article was parsed from (0 when it was not read from a
    /// file): with the parsers' build and settings it settles everything about the article, so the
    /// snapshot store matches a saved search index by it without reading any article's text.
    /// </summary>
    public ulong SourceHash { get; init; }

    /// <summary>True when the file's bytes were not valid UTF-8 and were decoded through a fallback.</summary>
    public bool Repaired { get; init; }

    // The details, or where they still are: an article restored from the snapshot store reads
    // them all from there the first time one is asked for (or set, by a `with`), then drops the source.
    // Two threads reading at once both decode the same values; the source is dropped after the
    // fields are written, so a thread that finds it gone finds them written.
    private ArticleDetails _details = new() { MissingImages = [] };
    private ArticleDetailsSource? _detailsSource;

    /// <summary>Where the details are read from while the article has not read them.</summary>
    internal ArticleDetailsSource? StoredDetails
    {
        get => Volatile.Read(ref _detailsSource);
        init => _detailsSource = value;
    }

    /// <summary>
    /// The details without keeping them: for a pass over every article (the image proxy's list of
    /// named addresses, the spelling suggestions' words) that must not leave each one decoded.
    /// </summary>
    internal ArticleDetails PeekDetails() => Volatile.Read(ref _detailsSource) is { } source ? source.Read() : _details;

    private ref ArticleDetails Details()
    {
        if (Volatile.Read(ref _detailsSource) is { } source)
        {
            _details = source.Read();
            Volatile.Write(ref _detailsSource, null);
        }

        return ref _details;
    }
}

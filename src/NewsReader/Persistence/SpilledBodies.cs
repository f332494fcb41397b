using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Files;

namespace NewsReader.Persistence;

/// <summary>
/// A first load's article bodies, written to a scratch file as each article is parsed and read
/// from its mapping from then on: without it the heap held every body of the corpus (at 100,000
/// articles about 230 MB with their block lists) through the index build and the first save,
/// which is when a cold start peaks. A body is laid out as the store lays one (a list of blocks,
/// then its text), so the article reads it as it would a restored one (<see cref="StoredArticleBody"/>)
/// and the first save copies its text whole. The lists are kept apart from the texts, as in the
/// store, because the save reads every list first: beside their texts, that read a page of every
/// body back into memory. The file is sparse, as large as the bodies could be and filled only as
/// far as they are; it is a <see cref="ScratchFile"/>, gone from the folder once made.
/// </summary>
internal sealed class SpilledBodies : IDisposable
{
    private readonly ScratchFile _file;
    private readonly MappedFile _mapped;
    private readonly MappedWindows _windows;

    // The lists fill the first half of the file and the texts the second, each up to the capacity.
    private readonly long _capacity;
    private long _listsEnd;
    private long _textsEnd;

    private SpilledBodies(ScratchFile file, long capacity)
    {
        (_file, _capacity, _textsEnd) = (file, capacity, capacity);
        RandomAccess.SetLength(file.Handle, 2 * capacity);
        _mapped = MappedFile.Open(file.Handle, 2 * capacity);
        _windows = new MappedWindows(_mapped);
    }

    /// <summary>Why a body could not be moved (it stayed on the heap, as do later ones that do not fit), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>How many bytes of body text were moved.</summary>
    public long Bytes => Math.Min(Interlocked.Read(ref _textsEnd), 2 * _capacity) - _capacity;

    /// <summary>A scratch file in <paramref name="folder"/> for up to <paramref name="capacity"/> bytes of body text (and as many of block lists), or null and why it cannot be made.</summary>
    public static (SpilledBodies? Spill, string? Problem) Create(string folder, SeedsFolderBoundary boundary, long capacity)
    {
        var (file, problem) = ScratchFile.Create(folder, "bodies", boundary);
        if (file is null)
        {
            return (null, problem);
        }

        try
        {
            return (new SpilledBodies(file, capacity), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            file.Dispose();
            return (null, ex.Message);
        }
    }

    /// <summary>The article with its body (and a lead that repeats one of its blocks) read from the scratch file; or as it is, when it does not fit.</summary>
    /// <remarks>Called from every parsing worker at once.</remarks>
    public Article Move(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.Body;
        if (article.StoredBody is not null || body.IsEmpty || Problem is not null)
        {
            return article;
        }

        var list = body.Length * StoredArticleBody.EntrySize;
        var text = body.Sum(block => (long)block.Utf8.Length);
        var listAt = Interlocked.Add(ref _listsEnd, list) - list;
        var textAt = Interlocked.Add(ref _textsEnd, text) - text;
        if (listAt + list > _capacity || textAt + text > 2 * _capacity || text > Array.MaxLength)
        {
            return article;
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(list, text));
        try
        {
            RandomAccess.Write(_file.Handle, ListOf(body, buffer.AsSpan(0, list)), listAt);
            RandomAccess.Write(_file.Handle, TextOf(body, buffer.AsSpan(0, (int)text)), textAt);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk, say: this body and every later one stay where they are.
            Problem ??= ex.Message;
            return article;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var (window, start) = _windows.At(textAt);
        var lead = LeadBlock(article);
        return article with
        {
            Body = [],
            StoredBody = new StoredArticleBody(_mapped, listAt, body.Length, window, start, text, lead),
            StandfirstText = lead < 0 ? article.StandfirstText : new Utf8Text(window, start + body[..lead].Sum(block => block.Utf8.Length), body[lead].Utf8.Length),
        };
    }

    public void Dispose() => _file.Dispose();

    /// <summary>The body's list of blocks, each its kind and then its length, in <paramref name="into"/>.</summary>
    private static ReadOnlySpan<byte> ListOf(ImmutableArray<ArticleBlock> body, Span<byte> into)
    {
        for (var i = 0; i < body.Length; i++)
        {
            into[i * StoredArticleBody.EntrySize] = (byte)body[i].Kind;
            BinaryPrimitives.WriteInt32LittleEndian(into[((i * StoredArticleBody.EntrySize) + 1)..], body[i].Utf8.Length);
        }

        return into;
    }

    /// <summary>Every block's text, one after another, in <paramref name="into"/>.</summary>
    private static ReadOnlySpan<byte> TextOf(ImmutableArray<ArticleBlock> body, Span<byte> into)
    {
        var at = 0;
        foreach (var block in body)
        {
            block.Utf8.Bytes.CopyTo(into[at..]);
            at += block.Utf8.Length;
        }

        return into;
    }

    /// <summary>
    /// The block the article's lead repeats, or -1: the lead is then that block's bytes in the
    /// scratch file, and the heap's copy of the body is let go.
    /// </summary>
    private static int LeadBlock(Article article)
    {
        var body = article.Body;
        for (var i = 0; article.StandfirstText is { } lead && i < body.Length; i++)
        {
            if (body[i].Utf8.Bytes.SequenceEqual(lead.Bytes))
            {
                return i;
            }
        }

        return -1;
    }
}

using System.Text;

namespace NewsReader.Articles;

/// <summary>
/// Text kept as UTF-8 bytes (all of an array or a slice of one), compared by content. Bodies are
/// most of what a snapshot holds and news text is nearly all ASCII, so UTF-8 halves them against
/// .NET's UTF-16 strings (at 100,000 articles, 330 MB instead of 660 MB). A string is made only
/// when the text is read: when a page is rendered or the search index built, each once per snapshot.
/// </summary>
internal readonly struct Utf8Text : IEquatable<Utf8Text>
{
    // A byte[] for text made in this process; a Utf8Memory for text restored from the snapshot store.
    private readonly object? _owner;
    private readonly int _start;

    public Utf8Text(string text)
    {
        var buffer = Encoding.UTF8.GetBytes(text);
        (_owner, Length) = (buffer, buffer.Length);
    }

    /// <summary>A slice of a buffer other texts may share.</summary>
    public Utf8Text(byte[] buffer, int start, int length)
    {
        (_owner, _start, Length) = (buffer, start, length);
    }

    public Utf8Text(Utf8Memory memory, int start, int length)
    {
        (_owner, _start, Length) = (memory, start, length);
    }

    /// <summary>How many bytes the text takes.</summary>
    public int Length { get; }

    public ReadOnlySpan<byte> Bytes => _owner switch
    {
        byte[] buffer => buffer.AsSpan(_start, Length),
        Utf8Memory memory => memory.Slice(_start, Length),
        _ => default,
    };

    /// <summary>A new string on every call: read it once per use.</summary>
    public override string ToString() => Encoding.UTF8.GetString(Bytes);

    /// <summary>The text decoded into <paramref name="buffer"/> (grown when too small): no string made.</summary>
    public ReadOnlySpan<char> Decode(ref char[] buffer)
    {
        if (buffer.Length < Length)
        {
            buffer = new char[Math.Max(Length, buffer.Length * 2)];
        }

        return buffer.AsSpan(0, Encoding.UTF8.GetChars(Bytes, buffer));
    }

    public bool Equals(Utf8Text other) => Bytes.SequenceEqual(other.Bytes);

    public override bool Equals(object? obj) => obj is Utf8Text other && Equals(other);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }
}

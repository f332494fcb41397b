using System.Runtime.CompilerServices;
using System.Text;

namespace NewsReader.Persistence;

/// <summary>
/// One string for each name the restored articles repeat (topics, tags, authors, sites, languages),
/// as parsing shares them: 100,000 articles name far fewer distinct topics. Lives for one read.
/// </summary>
internal sealed class StringPool
{
    // Longer names are rare and read the ordinary way: stack buffers stay small.
    private const int MaxPooledBytes = 256;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public StringPool() => _byChars = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A string as <see cref="BinaryWriter.Write(string)"/> wrote it, decoded on the stack and
    /// allocated only the first time: at 100,000 articles two million topic candidates name a few
    /// tens of thousands of strings, and allocating each to throw it away kept the collector busy.
    /// </summary>
    /// <exception cref="InvalidDataException">The length prefix is negative.</exception>
    /// <exception cref="EndOfStreamException">The string runs past the end.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Read(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt();
        if (length < 0)
        {
            throw new InvalidDataException($"a string's length is {length}");
        }

        if (length > MaxPooledBytes)
        {
            return Share(Encoding.UTF8.GetString(reader.ReadBytes(length) is { } bytes && bytes.Length == length ? bytes : throw new EndOfStreamException()));
        }

        Span<byte> utf8 = stackalloc byte[length];
        reader.BaseStream.ReadExactly(utf8);
        Span<char> chars = stackalloc char[length];
        var text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (_byChars.TryGetValue(text, out var shared))
        {
            return shared;
        }

        var value = new string(text);
        _strings.Add(value);
        return value;
    }

    private string Share(string value) => _strings.TryGetValue(value, out var shared) ? shared : Add(value);

    private string Add(string value)
    {
        _strings.Add(value);
        return value;
    }
}

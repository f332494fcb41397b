using System.Runtime.CompilerServices;
using System.Text;

namespace NewsReader.Persistence;

/// <summary>
/// One string for each name the restored articles repeat (topics, tags, authors, sites, languages),
/// as parsing shares them: 100,000 articles name far fewer distinct topics. Lives for one read.
/// </summary>
internal sealed class StringPool
{
    // Names up to this long are decoded on the stack; longer ones (rare) in arrays of their own.
    private const int StackChars = 256;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public StringPool() => _byChars = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A string as <see cref="BinaryWriter.Write(string)"/> wrote it, allocated only the first
    /// time: at 100,000 articles two million topic candidates name a few tens of thousands of
    /// strings, and allocating each to throw it away kept the collector busy.
    /// </summary>
    /// <exception cref="InvalidDataException">The length prefix is negative.</exception>
    /// <exception cref="EndOfStreamException">The string runs past the end.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Read(ref RecordReader reader)
    {
        var utf8 = reader.ReadStringBytes();
        // UTF-8 never has fewer bytes than the UTF-16 it decodes to has chars.
        var chars = utf8.Length <= StackChars ? stackalloc char[StackChars] : new char[utf8.Length];
        var text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (_byChars.TryGetValue(text, out var shared))
        {
            return shared;
        }

        var value = new string(text);
        _strings.Add(value);
        return value;
    }
}

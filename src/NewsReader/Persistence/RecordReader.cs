using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsReader.Persistence;

/// <summary>
/// Reads what a <see cref="BinaryWriter"/> wrote, from bytes already in memory: a batch of records
/// is fetched with one read and decoded here. <see cref="BinaryReader"/> over a buffered stream
/// pays a virtual stream call for every number and string, and copies each string's bytes twice
/// before decoding them; at 100,000 articles of thirty-odd fields each that was most of a restart's
/// record reading. Every read checks the bytes left, so a damaged record ends in an exception
/// (<see cref="EndOfStreamException"/>, <see cref="InvalidDataException"/>), never a wrong read.
/// </summary>
internal ref struct RecordReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;

    /// <summary>How many bytes have been read.</summary>
    public int Position { get; private set; }

    public readonly int Remaining => _bytes.Length - Position;

    public byte ReadByte() => Take(1)[0];

    /// <summary>As <see cref="BinaryReader.ReadBoolean"/>: any byte but zero is true.</summary>
    public bool ReadBoolean() => Take(1)[0] != 0;

    public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Take(sizeof(short)));

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(sizeof(ulong)));

    public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(Take(sizeof(float)));

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> wrote it (invalid UTF-8 decodes as U+FFFD, as there).</summary>
    public string ReadString()
    {
        var utf8 = ReadStringBytes();
        return utf8.IsEmpty ? string.Empty : Encoding.UTF8.GetString(utf8);
    }

    /// <summary>A string's UTF-8 bytes, undecoded, for a reader that may not need a new string (<see cref="StringPool"/>).</summary>
    /// <exception cref="InvalidDataException">The length prefix is negative.</exception>
    public ReadOnlySpan<byte> ReadStringBytes()
    {
        var length = Read7BitEncodedInt();
        return length >= 0 ? Take(length) : throw new InvalidDataException($"a string's length is {length}");
    }

    /// <summary>A count of items that take at least <paramref name="bytesEach"/> bytes each, checked against what is left.</summary>
    /// <exception cref="InvalidDataException">The count is negative, or more than the bytes left can hold.</exception>
    public int ReadCount(int bytesEach)
    {
        var count = ReadInt32();
        return count >= 0 && (long)count * bytesEach <= Remaining
            ? count
            : throw new InvalidDataException($"a count of {count} is more than the {Remaining} bytes left to read can hold");
    }

    /// <summary>As <see cref="BinaryReader.Read7BitEncodedInt"/>: seven bits a byte, low first, at most five bytes.</summary>
    /// <exception cref="FormatException">The fifth byte has bits a 32-bit number cannot hold.</exception>
    public int Read7BitEncodedInt()
    {
        var result = 0u;
        for (var shift = 0; shift < 28; shift += 7)
        {
            var part = ReadByte();
            result |= (part & 0x7Fu) << shift;
            if (part <= 0x7F)
            {
                return (int)result;
            }
        }

        var last = ReadByte();
        return last <= 0b1111 ? (int)(result | ((uint)last << 28)) : throw new FormatException("a 7-bit encoded number runs past 32 bits");
    }

    /// <summary>The next <paramref name="count"/> bytes as they are (numbers in the machine's order, as the store writes them).</summary>
    public ReadOnlySpan<byte> ReadBytes(int count) => Take(count);

    /// <summary>Steps over <paramref name="count"/> bytes, which must be there.</summary>
    public void Skip(int count) => Take(count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Take(int count)
    {
        if ((uint)count > (uint)(_bytes.Length - Position))
        {
            ThrowEnd(count);
        }

        var taken = _bytes.Slice(Position, count);
        Position += count;
        return taken;
    }

    [DoesNotReturn]
    private readonly void ThrowEnd(int count) =>
        throw new EndOfStreamException($"a record wants {count} bytes where {Remaining} are left to read");
}

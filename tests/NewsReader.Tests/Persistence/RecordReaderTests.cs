using System.Text;
using NewsReader.Persistence;

namespace NewsReader.Tests.Persistence;

/// <summary>The store's span reader reads back exactly what a <see cref="BinaryWriter"/> wrote, and refuses what runs short.</summary>
public sealed class RecordReaderTests
{
    [Fact]
    public void Read_EveryKindWritten_ReadBackAsWritten()
    {
        var bytes = Bytes(w =>
        {
            w.Write((byte)200);
            w.Write(true);
            w.Write(false);
            w.Write((short)-1234);
            w.Write(int.MinValue);
            w.Write(long.MaxValue);
            w.Write(ulong.MaxValue - 5);
            w.Write(3.25f);
            w.Write("Élysée — 東京");
            w.Write(string.Empty);
            w.Write(new string('x', 300));
        });
        var reader = new RecordReader(bytes);

        Assert.Equal(200, reader.ReadByte());
        Assert.True(reader.ReadBoolean());
        Assert.False(reader.ReadBoolean());
        Assert.Equal(-1234, reader.ReadInt16());
        Assert.Equal(int.MinValue, reader.ReadInt32());
        Assert.Equal(long.MaxValue, reader.ReadInt64());
        Assert.Equal(ulong.MaxValue - 5, reader.ReadUInt64());
        Assert.Equal(3.25f, reader.ReadSingle());
        Assert.Equal("Élysée — 東京", reader.ReadString());
        Assert.Equal(string.Empty, reader.ReadString());
        Assert.Equal(new string('x', 300), reader.ReadString());
        Assert.Equal(bytes.Length, reader.Position);
        Assert.Equal(0, reader.Remaining);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(16_383)]
    [InlineData(16_384)]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    public void Read7BitEncodedInt_AsBinaryWriterWroteIt(int value)
    {
        var reader = new RecordReader(Bytes(w => w.Write7BitEncodedInt(value)));

        Assert.Equal(value, reader.Read7BitEncodedInt());
        Assert.Equal(0, reader.Remaining);
    }

    [Fact]
    public void Read7BitEncodedInt_PastThirtyTwoBits_IsRefused()
    {
        byte[] bytes = [0xFF, 0xFF, 0xFF, 0xFF, 0x1F];

        Assert.Throws<FormatException>(() => new RecordReader(bytes).Read7BitEncodedInt());
    }

    [Fact]
    public void ReadString_NegativeLength_IsRefused()
    {
        var bytes = Bytes(w => w.Write7BitEncodedInt(-5));

        Assert.Throws<InvalidDataException>(() => new RecordReader(bytes).ReadString());
    }

    [Fact]
    public void Read_PastTheEnd_ThrowsAndSaysSo()
    {
        var bytes = Bytes(w => w.Write("Downing Street"));
        Array.Resize(ref bytes, bytes.Length - 1);

        var thrown = Assert.Throws<EndOfStreamException>(() => new RecordReader(bytes).ReadString());
        Assert.Contains("14 bytes", thrown.Message, StringComparison.Ordinal);
        Assert.Throws<EndOfStreamException>(() => new RecordReader([1, 2, 3]).ReadInt32());
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    [InlineData(3)]
    public void ReadCount_BeyondTheBytesLeft_IsRefused(int count)
    {
        var bytes = Bytes(w => { w.Write(count); w.Write(new byte[8]); });

        Assert.Throws<InvalidDataException>(() => new RecordReader(bytes).ReadCount(4));
    }

    [Fact]
    public void ReadCount_TheBytesLeftCanHold_IsGiven()
    {
        var bytes = Bytes(w => { w.Write(2); w.Write(new byte[8]); });

        Assert.Equal(2, new RecordReader(bytes).ReadCount(4));
    }

    private static byte[] Bytes(Action<BinaryWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}

using System.Text;
using NewsReader.Persistence;

namespace NewsReader.Tests.Persistence;

/// <summary>The store's pool reads strings as a <see cref="BinaryWriter"/> wrote them, one instance per value.</summary>
public sealed class StringPoolTests
{
    [Fact]
    public void Read_SameNameTwice_OneInstance()
    {
        var reader = new RecordReader(Bytes(w => { w.Write("European Union"); w.Write("Labour"); w.Write("European Union"); }));
        var pool = new StringPool();

        var (first, other, again) = (pool.Read(ref reader), pool.Read(ref reader), pool.Read(ref reader));

        Assert.Equal("European Union", first);
        Assert.Equal("Labour", other);
        Assert.Same(first, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("習近平")]
    [InlineData("Zoë Ångström")]
    [InlineData("🗞️ news")]
    public void Read_AnyText_AsWritten(string value)
    {
        var reader = new RecordReader(Bytes(w => w.Write(value)));

        Assert.Equal(value, new StringPool().Read(ref reader));
        Assert.Equal(0, reader.Remaining);
    }

    [Fact]
    public void Read_LongerThanTheStackBuffer_ReadWholeAndStillShared()
    {
        var value = string.Concat(Enumerable.Repeat("Пример ", 100));
        var reader = new RecordReader(Bytes(w => { w.Write(value); w.Write(value); w.Write(7); }));
        var pool = new StringPool();

        var (first, again) = (pool.Read(ref reader), pool.Read(ref reader));

        Assert.Equal(value, first);
        Assert.Same(first, again);
        Assert.Equal(7, reader.ReadInt32());
    }

    [Fact]
    public void Read_CutShort_Throws()
    {
        var bytes = Bytes(w => w.Write("Downing Street"));

        Assert.Throws<EndOfStreamException>(() =>
        {
            var reader = new RecordReader(bytes.AsSpan(0, bytes.Length - 3));
            return new StringPool().Read(ref reader);
        });
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

using NewsReader.Persistence;

namespace NewsReader.Tests.Persistence;

/// <summary>A store that passes its checksum but was made by hand must not make the app allocate what its counts claim.</summary>
public sealed class StoredCountTests
{
    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    [InlineData(3)]
    public void Read_CountBeyondTheBytesLeft_IsRefused(int count)
    {
        using var reader = Reader(count, bytesAfter: 8);

        Assert.Throws<InvalidDataException>(() => StoredCount.Read(reader, 4));
    }

    [Fact]
    public void Read_CountTheBytesLeftCanHold_IsGiven()
    {
        using var reader = Reader(2, bytesAfter: 8);

        Assert.Equal(2, StoredCount.Read(reader, 4));
    }

    private static BinaryReader Reader(int count, int bytesAfter)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(count);
            writer.Write(new byte[bytesAfter]);
        }

        stream.Position = 0;
        return new BinaryReader(stream);
    }
}

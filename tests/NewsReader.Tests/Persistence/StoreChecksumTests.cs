using System.IO.Hashing;
using NewsReader.Persistence;

namespace NewsReader.Tests.Persistence;

/// <summary>The stores' checksum is xxHash64: the library's gives the same value, however the bytes are split.</summary>
public sealed class StoreChecksumTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(100)]
    [InlineData(4099)]
    public void Of_AnyLength_AsXxHash64(int length)
    {
        var data = Bytes(length, seed: length);

        Assert.Equal(XxHash64.HashToUInt64(data), StoreChecksum.Of(data));
    }

    [Fact]
    public void Append_InPiecesOfEverySize_SameAsAtOnce()
    {
        var data = Bytes(5000, seed: 1);
        var random = new Random(2);
        var checksum = new StoreChecksum();
        for (var at = 0; at < data.Length;)
        {
            var piece = Math.Min(random.Next(0, 70), data.Length - at);
            checksum.Append(data.AsSpan(at, piece));
            at += piece;
        }

        Assert.Equal(XxHash64.HashToUInt64(data), checksum.Value);
    }

    [Fact]
    public void Of_OneBitFlipped_Differs()
    {
        var data = Bytes(1000, seed: 3);
        var before = StoreChecksum.Of(data);
        data[517] ^= 0x10;

        Assert.NotEqual(before, StoreChecksum.Of(data));
    }

    private static byte[] Bytes(int length, int seed)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }
}

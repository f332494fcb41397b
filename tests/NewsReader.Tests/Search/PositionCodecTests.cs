using NewsReader.Search;

namespace NewsReader.Tests.Search;

public sealed class PositionCodecTests
{
    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 0, 1, 2, 127, 128, 300, 16_384, 2_000_000 })]
    [InlineData(new[] { 5, 13, 21, 2_147_483_000 })]
    public void EncodeDecode_RoundTrips(int[] positions)
    {
        var bytes = new byte[positions.Length * 5];
        var written = PositionCodec.Encode(positions, bytes);
        var decoded = new int[written];

        var count = PositionCodec.Decode(bytes.AsSpan(0, written), decoded);

        Assert.Equal(positions, decoded[..count]);
    }

    [Fact]
    public void Encode_SmallGaps_OneByteEach()
    {
        var bytes = new byte[20];

        Assert.Equal(4, PositionCodec.Encode([3, 10, 50, 177], bytes));
    }
}

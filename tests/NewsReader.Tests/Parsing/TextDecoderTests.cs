using System.Text;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

public sealed class TextDecoderTests
{
    private const string Sample = "Café “quotes” — £5";
    private const string ProseWithNul = "A line long enough that one control character is a small share\0 of it";

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Sample) },
        { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)] },
        { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)] },
        { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decode_ValidEncoding_ReturnsExactTextUnrepaired(string encoding, byte[] bytes)
    {
        var result = TextDecoder.Decode(bytes);

        Assert.True(result.IsSuccess, encoding);
        Assert.Equal(Sample, result.Value.Text);
        Assert.False(result.Value.Repaired);
    }

    [Fact]
    public void Decode_StrayLatin1Byte_FallsBackToWindows1252AndMarksRepaired()
    {
        byte[] bytes = [.. "Price: "u8, 0xA3, .. "5 and “ok”"u8];

        var result = TextDecoder.Decode(bytes);

        Assert.True(result.IsSuccess);
        Assert.True(result.Value.Repaired);
        Assert.Equal("Price: £5 and “ok”", result.Value.Text);
    }

    [Fact]
    public void Decode_Empty_FailsAsEmpty()
    {
        var result = TextDecoder.Decode([]);

        Assert.Equal("the file is empty (0 bytes)", result.Error);
    }

    [Fact]
    public void Decode_NulBytesWithoutBom_FailsAsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

        var result = TextDecoder.Decode(png);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("binary content", result.Error, StringComparison.Ordinal);
    }

    // Found by ParserPropertyTests: a byte order mark skipped the NUL test, and a single U+0000 in
    // prose stays under the control-character share, so it reached the decoded text.
    public static TheoryData<string, byte[]> BomWithOneNul => new()
    {
        { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ProseWithNul)] },
        { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(ProseWithNul)] },
        { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(ProseWithNul)] },
    };

    [Theory]
    [MemberData(nameof(BomWithOneNul))]
    public void Decode_BomAndOneNulCharacter_FailsAsBinary(string encoding, byte[] bytes)
    {
        var result = TextDecoder.Decode(bytes);

        Assert.False(result.IsSuccess, encoding);
        Assert.StartsWith("binary content", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ShortTextWithStrayControlCharacter_IsText()
    {
        var result = TextDecoder.Decode("Bell\u0007 in a short line"u8);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Decode_ManyControlCharacters_FailsAsBinary()
    {
        var bytes = Enumerable.Range(1, 200).Select(i => (byte)(i % 8 + 1)).ToArray();

        var result = TextDecoder.Decode(bytes);

        Assert.False(result.IsSuccess);
        Assert.Contains("control characters", result.Error, StringComparison.Ordinal);
    }
}

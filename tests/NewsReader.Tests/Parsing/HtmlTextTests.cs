using System.Text;
using NewsReader.Parsing.Html;

namespace NewsReader.Tests.Parsing;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF7")]
    [InlineData("x-unknown")]
    [InlineData("no-such-charset")]
    public void Decode_UnsupportedCharset_ReadAsUndeclared(string charset)
    {
        var bytes = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"{charset}\"><title>Café +ADw-b+AD4-</title></head></html>");

        var decoded = HtmlText.Decode(bytes);

        Assert.True(decoded.IsSuccess, decoded.Error);
        Assert.Contains("Café +ADw-b+AD4-", decoded.Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DeclaredLatin1ButBytesAreUtf8_ReadAsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"iso-8859-1\"><title>Café – “quoted”</title></head></html>");

        Assert.Contains("Café – “quoted”", HtmlText.Decode(bytes).Value!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DeclaredLatin1AndBytesAreLatin1_ReadAsDeclared()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"><title>Café</title></head></html>");

        Assert.Contains("Café", HtmlText.Decode(bytes).Value!.Text, StringComparison.Ordinal);
    }
}

using NewsReader.Files;

namespace NewsReader.Tests.Files;

public sealed class PrintableTextTests
{
    [Theory]
    [InlineData("plain/name.txt", "plain/name.txt")]
    [InlineData("café — “quoted”.md", "café — “quoted”.md")]
    [InlineData("a\nRejected seed file forged.txt", "a\\nRejected seed file forged.txt")]
    [InlineData("red\u001b[31m.txt", "red\\u001b[31m.txt")]
    [InlineData("cr\rtab\tnul\0del\u007f.txt", "cr\\rtab\\tnul\\u0000del\\u007f.txt")]
    [InlineData("csi\u009b31m.txt", "csi\\u009b31m.txt")]
    [InlineData("gpj.\u202etxt", "gpj.\\u202etxt")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    [InlineData("", "")]
    public void Escape_Rows_NoControlCharactersLeft(string name, string expected)
    {
        var escaped = PrintableText.Escape(name);

        Assert.Equal(expected, escaped);
        Assert.DoesNotContain(escaped, char.IsControl);
    }
}

using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

public sealed class UrlClassifierTests
{
    [Theory]
    [InlineData("https://host.example/t.png")]
    [InlineData("http://host.example/t.png")]
    [InlineData("HTTPS://host.example/t.png")]
    [InlineData("HtTp://host.example/t.png")]
    [InlineData("//host.example/t.png")]
    [InlineData("\\\\host.example\\t.png")]
    [InlineData("/\\host.example/t.png")]
    [InlineData("\\/host.example/t.png")]
    [InlineData("http:\\\\host.example\\t.png")]
    [InlineData("http:host.example/t.png")]
    [InlineData(" //host.example/t.png")]
    [InlineData("\u0001\u001f //host.example/t.png \u0000")]
    [InlineData("/\t/host.example/t.png")]
    [InlineData("/\n/host.example/t.png")]
    [InlineData("/\r\n/host.example/t.png")]
    [InlineData("ht\ttps://host.example/t.png")]
    [InlineData("///host.example/t.png")]
    public void Classify_AnotherHostInAnyForm_Remote(string url) =>
        Assert.Equal(UrlKind.Remote, UrlClassifier.Classify(url));

    [Theory]
    [InlineData("images/a.png")]
    [InlineData("./a.png")]
    [InlineData("../a.png")]
    [InlineData("/media/a.png")]
    [InlineData("/media\\a.png")]
    [InlineData("?page=2")]
    [InlineData("a.png?x=//host.example")]
    [InlineData("%2F%2Fhost.example/t.png")]
    [InlineData("1javascript:alert(1)")]
    [InlineData("／／host.example/t.png")]
    public void Classify_OnThisSite_Local(string url) =>
        Assert.Equal(UrlKind.Local, UrlClassifier.Classify(url));

    [Theory]
    [InlineData("javascript:alert(1)", UrlKind.Other)]
    [InlineData("java\tscript:alert(1)", UrlKind.Other)]
    [InlineData("java\nscript:alert(1)", UrlKind.Other)]
    [InlineData(" \u000eJaVaScRiPt:alert(1)", UrlKind.Other)]
    [InlineData("vbscript:msgbox(1)", UrlKind.Other)]
    [InlineData("file:///etc/passwd", UrlKind.Other)]
    [InlineData("ftp://host.example/t.png", UrlKind.Other)]
    [InlineData("C:\\images\\a.png", UrlKind.Other)]
    [InlineData("data:image/png;base64,AAAA", UrlKind.Data)]
    [InlineData(" DATA:text/html,x", UrlKind.Data)]
    [InlineData("mailto:desk@example.com", UrlKind.Mail)]
    [InlineData("#section", UrlKind.Fragment)]
    [InlineData("", UrlKind.Empty)]
    [InlineData(" \t\u0000", UrlKind.Empty)]
    [InlineData(null, UrlKind.Empty)]
    public void Classify_OtherForms_Kind(string? url, UrlKind expected) =>
        Assert.Equal(expected, UrlClassifier.Classify(url));

    [Theory]
    [InlineData("\\\\host.example\\a\\t.png?x=\\y", "//host.example/a/t.png?x=\\y")]
    [InlineData("/\\host.example/t.png", "//host.example/t.png")]
    [InlineData("HTTP:\\\\\\host.example/t.png", "http://host.example/t.png")]
    [InlineData("http:host.example", "http://host.example")]
    [InlineData(" https://host.example/a b ", "https://host.example/a b")]
    [InlineData("java\tscript:x", "javascript:x")]
    [InlineData("images\\a.png", "images/a.png")]
    public void Normalize_BrowserReading_Canonical(string url, string expected) =>
        Assert.Equal(expected, UrlClassifier.Normalize(url));

    [Theory]
    [InlineData("//host.example/t.png", null, "https://host.example/t.png")]
    [InlineData("\\\\host.example\\t.png", "http://site.example/a/", "http://host.example/t.png")]
    [InlineData("t.png", "https://site.example/a/page", "https://site.example/a/t.png")]
    [InlineData("t.png", null, null)]
    [InlineData("javascript:alert(1)", "https://site.example/", null)]
    [InlineData("https://", null, null)]
    public void ToAbsolute_RemoteOrResolvable_HttpAddress(string url, string? baseAddress, string? expected) =>
        Assert.Equal(expected, UrlClassifier.ToAbsolute(url, baseAddress is null ? null : new Uri(baseAddress))?.ToString());
}

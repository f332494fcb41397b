using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Decodes a saved web page in the character set it declares, as browsers do: a byte-order mark
/// first, then a <c>&lt;meta charset&gt;</c> (or http-equiv Content-Type) in the first 1,024
/// bytes. Without either, strict UTF-8 is tried, then Windows-1252 for the bytes that are not;
/// so too when the declared charset is unknown, unsupported (UTF-7) or contradicted by the bytes.
/// </summary>
public static partial class HtmlText
{
    private const int PrescanBytes = 1024;

    static HtmlText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ParseResult<DecodedText> Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TextDecoder.Decode(bytes);
        }

        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var declared = Charset().Match(head);
        if (declared.Success && Lookup(declared.Groups["name"].Value) is { } encoding && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            // UTF-16 (or -32) cannot be declared in a meta tag that was itself read as ASCII; and a page
            // re-saved as UTF-8 often keeps its old declaration, so bytes that are unmistakably UTF-8 win.
            if (encoding is UnicodeEncoding or UTF32Encoding || (Utf8.IsValid(bytes) && !Ascii.IsValid(bytes)))
            {
                return TextDecoder.Decode(bytes);
            }

            return ParseResult.Ok(new DecodedText(encoding.GetString(bytes), Repaired: false));
        }

        return TextDecoder.Decode(bytes);
    }

    private static Encoding? Lookup(string name)
    {
        // As browsers do, the Latin-1 labels mean Windows-1252 (a superset that also has “ ” and €).
        name = name.Trim().ToLowerInvariant();
        name = name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" ? "windows-1252" : name;
        if (name.Replace("-", "", StringComparison.Ordinal) is "utf7" or "unicode11utf7" or "csunicode11utf7" or "xunicode20utf7")
        {
            // Browsers never decode UTF-7 (it hides markup in plain ASCII), and .NET refuses to.
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // An unknown or unsupported label is read as if none were declared.
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<name>[A-Za-z0-9_:.-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charset();
}

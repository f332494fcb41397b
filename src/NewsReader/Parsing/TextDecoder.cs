using System.Buffers;
using System.Text;

namespace NewsReader.Parsing;

/// <summary>
/// Turns a file's bytes into text without trusting them: honours a byte order mark, reads
/// UTF-8 strictly, and when a stray byte such as a Latin-1 pound sign makes the UTF-8 invalid,
/// decodes just the invalid bytes as Windows-1252 (a superset of Latin-1 for printable text).
/// </summary>
public static class TextDecoder
{
    /// <summary>Past this share of control characters the file is data, not prose (random bytes have about 11%).</summary>
    private const double MaxControlCharacterShare = 0.05;

    /// <summary>A few stray control characters in a short text are noise to remove, not a sign of binary data.</summary>
    private const int ToleratedControlCharacters = 8;

    /// <summary>Control characters other than the line breaks, tab and form feed that prose uses.</summary>
    private static readonly SearchValues<char> StrayControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))]);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding RepairingUtf8 = Encoding.GetEncoding(
        "utf-8", EncoderFallback.ExceptionFallback, new Windows1252DecoderFallback());

    public static ParseResult<DecodedText> Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return ParseResult.Fail<DecodedText>("the file is empty (0 bytes)");
        }

        var (text, repaired) = DecodeWithBom(bytes);
        if (text is null)
        {
            return ParseResult.Fail<DecodedText>("binary content: the file contains NUL bytes and has no UTF-16 byte order mark");
        }

        // A byte order mark skips the NUL-byte test, yet U+0000 is no more prose in UTF-16 (or after
        // a UTF-8 BOM) than a NUL byte is in plain UTF-8; a few stay under the control-character share.
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return ParseResult.Fail<DecodedText>("binary content: the file contains NUL characters");
        }

        if (LooksBinary(text))
        {
            return ParseResult.Fail<DecodedText>("binary content: too many control characters to be text");
        }

        return ParseResult.Ok(new DecodedText(text, repaired));
    }

    private static (string? Text, bool Repaired) DecodeWithBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), false);
        }

        return bytes.Contains((byte)0) ? (null, false) : DecodeUtf8(bytes);
    }

    private static (string? Text, bool Repaired) DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes), false);
        }
        catch (DecoderFallbackException)
        {
            return (RepairingUtf8.GetString(bytes), true);
        }
    }

    private static bool LooksBinary(string text)
    {
        // Prose has none or a few, so a vectorised search from one to the next beats testing every character.
        var controls = 0;
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(StrayControls); at >= 0; at = rest.IndexOfAny(StrayControls))
        {
            controls++;
            rest = rest[(at + 1)..];
        }

        return controls > ToleratedControlCharacters && controls > text.Length * MaxControlCharacterShare;
    }
}

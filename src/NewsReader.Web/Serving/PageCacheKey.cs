using System.Globalization;
using System.Text;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Serving;

/// <summary>
/// The address a page is kept under: scheme, host and path base (pages hold absolute links made
/// from them unless <c>Site:BaseUrl</c> is set), the path, and then only the query parameters the
/// page at that path reads, in a fixed order and one spelling. Every other parameter
/// (<c>utm_source</c>, a cache-buster) is left out, so it neither renders the page again nor
/// pushes out the pages readers need; the page is then rendered from this same canonical query
/// (see <see cref="PageCacheMiddleware"/>), so what is kept under a key is what the key says.
/// </summary>
/// <remarks>
/// Ignored rather than redirected to the canonical address: a redirect costs a campaign link a
/// round trip on every click, while ignoring costs nothing and the page's canonical link already
/// tells search engines which address is the page's own.
/// </remarks>
public static class PageCacheKey
{
    private static readonly string[] None = [];
    private static readonly string[] Paged = [SitePaths.PageParameter];
    private static readonly string[] Search =
    [
        SitePaths.SearchQueryParameter, SitePaths.TopicParameter, SitePaths.SourceParameter, SitePaths.SectionParameter,
        SitePaths.FromParameter, SitePaths.ToParameter, SitePaths.SortParameter, SitePaths.PageParameter,
    ];

    /// <summary>
    /// The query parameters the page at <paramref name="path"/> reads: <c>page</c> on the topic
    /// lists and a section's page, the words, filters, order and <c>page</c> on search; none
    /// elsewhere (the front page is paged by its path).
    /// Matched without regard to case and a trailing slash, as routing matches them.
    /// </summary>
    public static string[] ParametersOf(ReadOnlySpan<char> path)
    {
        if (path.Length > 1 && path[^1] == '/')
        {
            path = path[..^1];
        }

        if (path.Equals(SitePaths.SearchRoute, StringComparison.OrdinalIgnoreCase))
        {
            return Search;
        }

        // The topic list, or one topic: a single segment after it. One section likewise.
        var topics = SitePaths.TopicsRoute.Length;
        return (path.StartsWith(SitePaths.TopicsRoute, StringComparison.OrdinalIgnoreCase)
            && (path.Length == topics || (path[topics] == '/' && path[(topics + 1)..].IndexOf('/') < 0)))
            || IsOneSection(path)
            ? Paged
            : None;
    }

    private static bool IsOneSection(ReadOnlySpan<char> path)
    {
        var sections = SitePaths.Sections.Length;
        return path.Length > sections + 1 && path.StartsWith(SitePaths.Sections, StringComparison.OrdinalIgnoreCase)
            && path[sections] == '/' && path[(sections + 1)..].IndexOf('/') < 0;
    }

    /// <summary>
    /// Writes the key into <paramref name="buffer"/> without allocating; the length, or -1 when it
    /// does not fit. <paramref name="queryStart"/> is where the canonical query (from its <c>?</c>) begins.
    /// </summary>
    public static int Write(HttpRequest request, Span<char> buffer, out int queryStart)
    {
        ArgumentNullException.ThrowIfNull(request);
        var length = 0;
        queryStart = -1;
        if (!(Append(request.Scheme, buffer, ref length)
            && Append("://", buffer, ref length)
            && Append(request.Host.Value, buffer, ref length)
            && Append(request.PathBase.Value, buffer, ref length)
            && Append(request.Path.Value, buffer, ref length)))
        {
            return -1;
        }

        queryStart = length;
        var query = request.QueryString.Value.AsSpan();
        foreach (var name in ParametersOf(request.Path.Value))
        {
            if (!AppendParameter(query, name, buffer, ref length, first: length == queryStart))
            {
                return -1;
            }
        }

        return length;
    }

    /// <summary>The first non-empty value of <paramref name="name"/>, percent-encoded one way; <c>page</c> as a number, left out when 1.</summary>
    private static bool AppendParameter(ReadOnlySpan<char> query, string name, Span<char> buffer, ref int length, bool first)
    {
        if (!TryFind(query, name, out var value) || value.IsEmpty)
        {
            return true;
        }

        var start = length;
        if (!Append(first ? "?" : "&", buffer, ref length)
            || !Append(name, buffer, ref length)
            || !Append("=", buffer, ref length))
        {
            return false;
        }

        if (name != SitePaths.PageParameter)
        {
            return AppendEncoded(value, buffer, ref length);
        }

        Span<char> decoded = stackalloc char[16];
        if (value.Length > decoded.Length || !TryDecodeAscii(value, decoded, out var written)
            || !int.TryParse(decoded[..written], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number == 1)
        {
            // Unreadable, or the default: the page shows page 1 either way.
            length = start;
            return true;
        }

        if (!number.TryFormat(buffer[length..], out var digits, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        length += digits;
        return true;
    }

    private static bool TryFind(ReadOnlySpan<char> query, string name, out ReadOnlySpan<char> value)
    {
        if (query.StartsWith('?'))
        {
            query = query[1..];
        }

        Span<char> decoded = stackalloc char[16];
        foreach (var range in query.Split('&'))
        {
            var pair = query[range];
            var equals = pair.IndexOf('=');
            var key = equals < 0 ? pair : pair[..equals];
            if (key.Length <= decoded.Length && TryDecodeAscii(key, decoded, out var written)
                && decoded[..written].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                value = equals < 0 ? [] : pair[(equals + 1)..];
                return true;
            }
        }

        value = [];
        return false;
    }

    /// <summary>Percent- and plus-decoding of a short ASCII name or number; false when it is not plain ASCII.</summary>
    private static bool TryDecodeAscii(ReadOnlySpan<char> encoded, Span<char> decoded, out int written)
    {
        written = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '%' && i + 2 < encoded.Length && TryHex(encoded[i + 1], encoded[i + 2], out var b))
            {
                c = (char)b;
                i += 2;
            }
            else if (c == '+')
            {
                c = ' ';
            }

            if (c > 0x7F)
            {
                return false;
            }

            decoded[written++] = c;
        }

        return true;
    }

    /// <summary>
    /// Re-encodes a query value so that every way of writing the same bytes (<c>+</c> or <c>%20</c>,
    /// <c>%c3%a9</c> or a raw <c>é</c>, <c>%41</c> or <c>A</c>) gives the same key: unreserved ASCII
    /// as itself, every other byte as upper-case <c>%XX</c>.
    /// </summary>
    private static bool AppendEncoded(ReadOnlySpan<char> value, Span<char> buffer, ref int length)
    {
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && TryHex(value[i + 1], value[i + 2], out var b))
            {
                i += 2;
                if (!AppendByte(b, buffer, ref length))
                {
                    return false;
                }

                continue;
            }

            if (c <= 0x7F)
            {
                if (!AppendByte((byte)(c == '+' ? ' ' : c), buffer, ref length))
                {
                    return false;
                }

                continue;
            }

            if (Rune.DecodeFromUtf16(value[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
            }

            i += consumed - 1;
            var bytes = rune.EncodeToUtf8(utf8);
            foreach (var part in utf8[..bytes])
            {
                if (!AppendByte(part, buffer, ref length))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool AppendByte(byte b, Span<char> buffer, ref int length)
    {
        var unreserved = char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';
        var needed = unreserved ? 1 : 3;
        if (length + needed > buffer.Length)
        {
            return false;
        }

        if (unreserved)
        {
            buffer[length++] = (char)b;
            return true;
        }

        buffer[length++] = '%';
        buffer[length++] = "0123456789ABCDEF"[b >> 4];
        buffer[length++] = "0123456789ABCDEF"[b & 0xF];
        return true;
    }

    private static bool TryHex(char high, char low, out byte value)
    {
        var h = HexDigit(high);
        var l = HexDigit(low);
        value = (byte)((h << 4) | l);
        return h >= 0 && l >= 0;
    }

    private static int HexDigit(char c) => char.IsAsciiHexDigit(c) ? (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10) : -1;

    private static bool Append(string? part, Span<char> buffer, ref int length)
    {
        if (string.IsNullOrEmpty(part))
        {
            return true;
        }

        if (!part.AsSpan().TryCopyTo(buffer[length..]))
        {
            return false;
        }

        length += part.Length;
        return true;
    }
}

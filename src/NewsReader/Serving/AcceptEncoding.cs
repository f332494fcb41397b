namespace NewsReader.Serving;

/// <summary>
/// Picks the best coding a client accepts from an <c>Accept-Encoding</c> header (RFC 9110 §12.5.3):
/// Brotli, then gzip, then the plain bytes. Quality values count (<c>br;q=0</c> refuses Brotli) and
/// <c>*</c> stands for every coding not named. Parsed without allocating, as it runs on every request.
/// </summary>
public static class AcceptEncoding
{
    public static ContentCoding Choose(ReadOnlySpan<char> header, bool brotliAvailable = true, bool gzipAvailable = true)
    {
        var brotli = -1f;
        var gzip = -1f;
        var star = -1f;
        foreach (var range in header.Split(','))
        {
            var entry = header[range].Trim();
            var semicolon = entry.IndexOf(';');
            var name = (semicolon < 0 ? entry : entry[..semicolon]).Trim();
            var quality = semicolon < 0 ? 1f : Quality(entry[(semicolon + 1)..]);
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                brotli = quality;
            }
            else if (name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = quality;
            }
            else if (name.SequenceEqual("*"))
            {
                star = quality;
            }
        }

        brotli = brotli < 0 ? star : brotli;
        gzip = gzip < 0 ? star : gzip;
        if (brotliAvailable && brotli > 0 && brotli >= gzip)
        {
            return ContentCoding.Brotli;
        }

        return gzipAvailable && gzip > 0 ? ContentCoding.Gzip
            : brotliAvailable && brotli > 0 ? ContentCoding.Brotli
            : ContentCoding.Identity;
    }

    /// <summary>The q of "q=0.5" among a coding's parameters; 1 without one, 0 when it cannot be read.</summary>
    private static float Quality(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var parameter = parameters[range].Trim();
            if (parameter.Length > 2 && (parameter[0] is 'q' or 'Q') && parameter[1] == '=')
            {
                return float.TryParse(parameter[2..], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var q)
                    ? Math.Clamp(q, 0f, 1f)
                    : 0f;
            }
        }

        return 1f;
    }
}

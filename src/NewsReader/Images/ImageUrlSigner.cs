using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace NewsReader.Images;

/// <summary>
/// Signs the remote addresses the app puts in articles, so the proxy fetches only what the app
/// itself named (it is no open proxy). The URL travels base64url-encoded beside an HMAC-SHA256 of it.
/// </summary>
public sealed class ImageUrlSigner
{
    /// <summary>URLs longer than this get no address: the request line would pass Kestrel's limit.</summary>
    public const int MaxUrlLength = 4096;

    private const int SignatureBytes = 32;

    private readonly byte[] _key;

    public ImageUrlSigner(ReadOnlySpan<byte> key)
    {
        if (key.Length < 16)
        {
            throw new ArgumentException("The signing key must be at least 16 bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <returns>The signature and the encoded URL, or null when the URL is too long to carry.</returns>
    public (string Signature, string Encoded)? Sign(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.AbsoluteUri;
        if (text.Length > MaxUrlLength)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        return (Base64Url.EncodeToString(HMACSHA256.HashData(_key, bytes)), Base64Url.EncodeToString(bytes));
    }

    /// <summary>Checks the signature in constant time and decodes the URL; false for anything malformed.</summary>
    public bool TryOpen(string? signature, string? encoded, out string url)
    {
        url = "";
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(encoded) || encoded.Length > MaxUrlLength * 2
            || signature.Length > 64 || !Base64Url.IsValid(signature) || !Base64Url.IsValid(encoded))
        {
            return false;
        }

        var given = Base64Url.DecodeFromChars(signature);
        var bytes = Base64Url.DecodeFromChars(encoded);
        var expected = HMACSHA256.HashData(_key, bytes);
        if (given.Length != SignatureBytes || !CryptographicOperations.FixedTimeEquals(given, expected))
        {
            return false;
        }

        url = Encoding.UTF8.GetString(bytes);
        return true;
    }
}

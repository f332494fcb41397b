namespace NewsReader.Serving;

/// <summary>The encodings a page is kept in.</summary>
public enum ContentCoding
{
    Identity,
    Gzip,
    Brotli,
}

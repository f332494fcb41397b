namespace NewsReader.Images;

/// <summary>The raster formats the site serves. SVG is not among them: it is a document that can carry script.</summary>
public enum ImageFormat
{
    Png,
    Jpeg,
    Gif,
    WebP,
    Avif,
}

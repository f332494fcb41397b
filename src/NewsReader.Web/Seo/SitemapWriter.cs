using System.Text;
using System.Xml;

namespace NewsReader.Web.Seo;

/// <summary>Sitemaps per sitemaps.org: a list of URLs, or an index of numbered parts when there are too many for one file.</summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    public static byte[] UrlSet(IEnumerable<string> urls) => Write(writer =>
    {
        writer.WriteStartElement("urlset", Namespace);
        foreach (var url in urls)
        {
            writer.WriteStartElement("url", Namespace);
            writer.WriteElementString("loc", Namespace, url);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    /// <param name="pageUrl">Maps a 1-based part number to that part's absolute URL.</param>
    public static byte[] Index(int parts, Func<int, string> pageUrl) => Write(writer =>
    {
        writer.WriteStartElement("sitemapindex", Namespace);
        for (var part = 1; part <= parts; part++)
        {
            writer.WriteStartElement("sitemap", Namespace);
            writer.WriteElementString("loc", Namespace, pageUrl(part));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}

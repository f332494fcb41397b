using System.Text;
using System.Xml;

namespace NewsReader.Web.Seo;

/// <summary>The OpenSearch description that lets browsers add the site's search.</summary>
public static class OpenSearch
{
    private const string Namespace = "http://a9.com/-/spec/opensearch/1.1/";

    public static byte[] Description(string siteName, string searchTemplate)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("OpenSearchDescription", Namespace);
            writer.WriteElementString("ShortName", Namespace, siteName.Length > 16 ? siteName[..16] : siteName);
            writer.WriteElementString("Description", Namespace, $"Search {siteName}");
            writer.WriteElementString("InputEncoding", Namespace, "UTF-8");
            writer.WriteStartElement("Url", Namespace);
            writer.WriteAttributeString("type", "text/html");
            writer.WriteAttributeString("method", "get");
            writer.WriteAttributeString("template", searchTemplate);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}

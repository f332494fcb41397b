namespace NewsReader.Tests.Parsing;

/// <summary>Inputs built to nest far past any real article, generated rather than committed.</summary>
internal static class HostileInputs
{
    public static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    public static string WithFrontMatter(string yaml) => $"---\ntitle: Hostile front matter\n{yaml}\n---\nThe body is fine.\n";

    public static string Page(string body) => $"<!doctype html><html><head><title>Hostile page</title></head><body>{body}</body></html>";

    public static string NestedDivs(int depth) => Page(Repeat("<div>", depth) + "<p>Deep inside the page there is a sentence.</p>" + Repeat("</div>", depth));

    public static string NestedInline(int depth) => Page("<p>" + Repeat("<b><i>", depth / 2) + "Deep inside the inline elements there is a sentence.</p>");
}

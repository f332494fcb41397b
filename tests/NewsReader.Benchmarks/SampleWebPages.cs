using System.Text;

namespace NewsReader.Benchmarks;

/// <summary>
/// Two kinds of HTML page: one saved from a news site (the chrome the parser has to see past),
/// and one shaped like the app's own article page (what the serving cache keeps compressed).
/// </summary>
internal static class SampleWebPages
{
    private static readonly string[] Sections =
    [
        "World", "Politics", "Business", "Markets", "Technology", "Science", "Climate", "Health", "Sport",
        "Culture", "Books", "Travel", "Food", "Opinion", "Letters", "Obituaries", "Podcasts", "Video",
    ];

    private static readonly string[] Commenters =
    [
        "harbourwatcher", "Ingrid B.", "José Álvarez", "old_salt_77", "Łukasz W.", "M. Dupont", "tidegauge", "Chung D.",
    ];

    /// <summary>A saved news page: navigation, share bar, JSON-LD, the article, related links, a comment thread, footer scripts.</summary>
    public static string SavedPage(int approximateBytes)
    {
        var head = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(SampleDocuments.Headline).Append(" | The Coastal Ledger</title>\n")
            .Append("<meta name=\"description\" content=\"The board approved two years of dredging; shipping lines say the work is overdue.\">\n")
            .Append("<meta property=\"og:title\" content=\"").Append(SampleDocuments.Headline).Append("\">\n")
            .Append("<meta property=\"og:site_name\" content=\"The Coastal Ledger\">\n")
            .Append("<meta property=\"og:image\" content=\"https://ledger.example/media/2026/03/channel.jpg\">\n")
            .Append("<meta property=\"article:published_time\" content=\"2026-03-14T09:30:00+01:00\">\n")
            .Append("<link rel=\"canonical\" href=\"https://ledger.example/2026/03/14/harbour-channel-vote\">\n")
            .Append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
            .Append("\"headline\":\"").Append(SampleDocuments.Headline).Append("\",\"datePublished\":\"2026-03-14T09:30:00+01:00\",")
            .Append("\"dateModified\":\"2026-03-14T11:05:00+01:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Søren Kierkegård\"},")
            .Append("{\"@type\":\"Person\",\"name\":\"Zoë Šťastná\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Coastal Ledger\",")
            .Append("\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://ledger.example/logo.png\"}},")
            .Append("\"image\":[\"https://ledger.example/media/2026/03/channel.jpg\"],\"keywords\":\"shipping,harbour,Malmö\"}</script>\n")
            .Append("<style>body{font:16px/1.5 Georgia,serif;margin:0}.site-nav a{padding:0 .5em}.comment{border-top:1px solid #ddd}</style>\n")
            .Append("</head>\n<body>\n<header class=\"site-header\"><a class=\"logo\" href=\"/\">The Coastal Ledger</a>\n<nav class=\"site-nav\"><ul>\n");
        foreach (var section in Sections)
        {
            head.Append("<li><a href=\"/").Append(section.ToLowerInvariant()).Append("\">").Append(section).Append("</a></li>\n");
        }

        head.Append("</ul></nav>\n<form action=\"/search\"><input name=\"q\" placeholder=\"Search\"><button>Go</button></form></header>\n")
            .Append("<div class=\"share-bar\"><a href=\"https://social.example/share?u=x\">Share</a> <a href=\"mailto:?subject=Harbour\">Email</a> <button class=\"save\">Save for later</button></div>\n")
            .Append("<main><article class=\"story\">\n<h1>").Append(SampleDocuments.Headline).Append("</h1>\n")
            .Append("<p class=\"byline\">By Søren Kierkegård and Zoë Šťastná</p>\n<time datetime=\"2026-03-14T09:30:00+01:00\">14 March 2026</time>\n")
            .Append("<figure><img src=\"https://ledger.example/media/2026/03/channel.jpg\" alt=\"A dredger at work in the outer channel\" width=\"1200\" height=\"800\">")
            .Append("<figcaption>A dredger at work in the outer channel. Photo: Björn Ulvaeus</figcaption></figure>\n");

        var tail = new StringBuilder("</article>\n<aside class=\"related\"><h2>More on shipping</h2><ul>\n");
        using var paragraphs = SampleDocuments.Paragraphs(seed: 11).GetEnumerator();
        for (var i = 0; i < 8 && paragraphs.MoveNext(); i++)
        {
            tail.Append("<li><a href=\"/2026/03/").Append(10 + i).Append("/related-").Append(i).Append("\">")
                .Append(SampleDocuments.Encode(paragraphs.Current[..Math.Min(70, paragraphs.Current.Length)])).Append("</a></li>\n");
        }

        tail.Append("</ul></aside>\n<section id=\"comments\" class=\"comments\"><h2>Comments (12)</h2>\n");
        for (var i = 0; i < 12 && paragraphs.MoveNext(); i++)
        {
            tail.Append("<div class=\"comment\" id=\"c").Append(4100 + i).Append("\"><p class=\"comment-author\">")
                .Append(SampleDocuments.Encode(Commenters[i % Commenters.Length])).Append("</p><p class=\"comment-time\">")
                .Append(1 + i).Append(" hours ago</p><p>").Append(SampleDocuments.Encode(paragraphs.Current))
                .Append("</p><button class=\"reply\">Reply</button> <button class=\"report\">Report</button></div>\n");
        }

        tail.Append("</section>\n</main>\n<footer class=\"site-footer\"><p><a href=\"/about\">About us</a> · <a href=\"/privacy\">Privacy</a> · ")
            .Append("<a href=\"/terms\">Terms</a> · <a href=\"/contact\">Contact</a></p><p>© 2026 The Coastal Ledger</p></footer>\n")
            .Append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({section:'business',paywall:false});</script>\n")
            .Append("<script src=\"https://ads.example/tag.js\" async></script>\n</body>\n</html>\n");

        var body = new StringBuilder();
        var room = approximateBytes - Encoding.UTF8.GetByteCount(head.ToString()) - Encoding.UTF8.GetByteCount(tail.ToString());
        while (Encoding.UTF8.GetByteCount(body.ToString()) < room - 200 && paragraphs.MoveNext())
        {
            body.Append("<p>").Append(SampleDocuments.Encode(paragraphs.Current)).Append("</p>\n");
        }

        return head.Append(body).Append(tail).ToString();
    }

    /// <summary>An article page as the app's layout would render it, with the body as <c>ArticleHtml</c> renders plain text.</summary>
    public static string ServedPage(string bodyHtml, int approximateBytes)
    {
        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n")
            .Append("  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  <meta name=\"color-scheme\" content=\"light dark\">\n")
            .Append("  <title>").Append(SampleDocuments.Headline).Append(" – NewsReader</title>\n")
            .Append("  <script src=\"/js/settings.js?v=Xc1bqv2M0aQ\"></script>\n  <link rel=\"stylesheet\" href=\"/css/site.css?v=K9s3r4dTqQ\">\n")
            .Append("  <link rel=\"alternate\" type=\"application/atom+xml\" title=\"NewsReader (Atom)\" href=\"/feed.atom\">\n")
            .Append("  <link rel=\"canonical\" href=\"https://news.example/articles/harbour-board-votes-to-deepen-the-channel\">\n</head>\n<body>\n")
            .Append("  <a class=\"skip-link\" href=\"#content\">Skip to content</a>\n  <header class=\"site-header\"><a class=\"site-name\" href=\"/\">NewsReader</a>\n")
            .Append("    <form class=\"site-search\" role=\"search\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" placeholder=\"Search articles\"><button type=\"submit\">Search</button></form>\n")
            .Append("  </header>\n  <main id=\"content\" tabindex=\"-1\">\n<article class=\"article\">\n<h1>").Append(SampleDocuments.Headline).Append("</h1>\n")
            .Append("<p class=\"meta\"><time datetime=\"2026-03-14T08:30:00Z\">14 March 2026</time> · 6 min read</p>\n<div class=\"article-body\">\n")
            .Append(bodyHtml)
            .Append("</div>\n</article>\n<nav class=\"more\" aria-label=\"More articles\"><ul>\n");
        var footer = "  </ul></nav>\n  </main>\n  <footer class=\"site-footer\"><p><a href=\"/\">NewsReader</a></p>"
            + "<p class=\"footer-links\"><a href=\"/topics\">Topics</a> · <a href=\"/feed.atom\">Atom feed</a> · <a href=\"/feed.rss\">RSS feed</a></p></footer>\n"
            + "  <script src=\"/js/site.js?v=3mQ0dLr8sA\" defer></script>\n</body>\n</html>\n";

        // Teasers of other articles fill the page to its size, as the related-reading list does.
        using var paragraphs = SampleDocuments.Paragraphs(seed: 13).GetEnumerator();
        for (var i = 0; Encoding.UTF8.GetByteCount(page.ToString()) + footer.Length < approximateBytes - 300 && paragraphs.MoveNext(); i++)
        {
            page.Append("<li class=\"teaser\"><a href=\"/articles/related-").Append(i).Append("\">")
                .Append(SampleDocuments.Encode(paragraphs.Current[..Math.Min(80, paragraphs.Current.Length)])).Append("</a><p>")
                .Append(SampleDocuments.Encode(paragraphs.Current)).Append("</p></li>\n");
        }

        return page.Append(footer).ToString();
    }
}

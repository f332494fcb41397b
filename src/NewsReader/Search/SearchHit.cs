using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>One result: the article and a snippet of safe HTML with the matched words in &lt;mark&gt;.</summary>
public sealed record SearchHit(Article Article, string SnippetHtml);

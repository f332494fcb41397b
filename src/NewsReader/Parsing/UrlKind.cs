namespace NewsReader.Parsing;

/// <summary>What a URL written in an article points at, as a browser reads it (<see cref="UrlClassifier"/>).</summary>
public enum UrlKind
{
    /// <summary>Nothing left once the browser has trimmed it.</summary>
    Empty,

    /// <summary><c>#id</c>: a place on the same page.</summary>
    Fragment,

    /// <summary>A path or query on the site that serves the page (<c>a.png</c>, <c>/media/a.png</c>, <c>?q=x</c>).</summary>
    Local,

    /// <summary>Another host over the web: <c>http:</c>, <c>https:</c>, or scheme-relative (<c>//host</c>, <c>\\host</c>, <c>/\host</c>).</summary>
    Remote,

    /// <summary>A <c>data:</c> URL.</summary>
    Data,

    /// <summary>A <c>mailto:</c> address.</summary>
    Mail,

    /// <summary>Any other scheme (<c>javascript:</c>, <c>vbscript:</c>, <c>file:</c>, <c>ftp:</c>, …): never followed.</summary>
    Other,
}

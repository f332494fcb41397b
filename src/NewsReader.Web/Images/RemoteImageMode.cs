namespace NewsReader.Web.Images;

/// <summary>What becomes of a picture from another site (<c>Images:Remote</c>).</summary>
public enum RemoteImageMode
{
    /// <summary>Fetched and served by the app, so the reader's browser never calls the other site.</summary>
    Proxy,

    /// <summary>Left pointing at the other site: the reader's browser fetches it there.</summary>
    Link,

    /// <summary>Left out of the page.</summary>
    Drop,
}

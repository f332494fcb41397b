namespace NewsReader.Web.Pages;

/// <summary>
/// The small lead pictures in article lists (<c>_Thumbnail</c>): one frame of news-photo shape,
/// 150 × 100 CSS px beside the text on wide screens and 96 × 64 on phones (site.css), filled
/// from the image service's copies (<see cref="NewsReader.Images.ImageWidths"/>).
/// </summary>
public static class Thumbnails
{
    public const int Width = 150;

    public const int Height = 100;

    /// <summary>The frame on phones, as site.css draws it; <see cref="Sizes"/> tells the browser.</summary>
    public const int PhoneWidth = 96;

    /// <summary>The smallest copy the service makes: sharp at twice the frame's width.</summary>
    public const int SourceWidth = 320;

    /// <summary>No list needs more than this, even on a three-times screen.</summary>
    public const int LargestWidth = 640;

    /// <summary>Matches site.css: the wide frame from 40rem, the phone frame below.</summary>
    public const string Sizes = "(min-width: 40rem) 150px, 96px";

    /// <summary>Thumbnails per page that load at once: those a reader sees first, on a phone or a desktop.</summary>
    public const int EagerCount = 3;

    /// <summary>The request item that counts the thumbnails rendered so far.</summary>
    public const string CountKey = "newsreader-thumbnails";

    /// <summary>
    /// Whether an article's list entry has a thumbnail: only a picture on this site's own address
    /// (/media/, the image proxy), so a reader's browser never calls another host.
    /// </summary>
    public static bool Shows(NewsReader.Articles.Article article) =>
        article?.LeadImage is { } lead && NewsReader.Images.ResponsiveImage.IsSiteRelative(lead);
}

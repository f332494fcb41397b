using NewsReader.Images;

namespace NewsReader.Tests.Images;

public sealed class ResponsiveImageTests
{
    [Theory]
    [InlineData(null, "/media/a.jpg?w=320 320w, /media/a.jpg?w=640 640w, /media/a.jpg?w=960 960w, /media/a.jpg?w=1280 1280w, /media/a.jpg?w=1920 1920w")]
    [InlineData(1000, "/media/a.jpg?w=320 320w, /media/a.jpg?w=640 640w, /media/a.jpg?w=960 960w")]
    [InlineData(200, null)]
    public void SrcSet_KnownWidth_NoCopyWiderThanThePicture(int? width, string? expected)
    {
        Assert.Equal(expected, ResponsiveImage.SrcSet("/media/a.jpg", width));
    }

    [Theory]
    [InlineData(null, 960, "/media/a.jpg?w=960")]
    [InlineData(800, 960, "/media/a.jpg?w=640")]
    [InlineData(200, 960, "/media/a.jpg")]
    [InlineData(4000, 1280, "/media/a.jpg?w=1280")]
    public void At_WantedWidth_LargestCopyThatFits(int? width, int wanted, string expected)
    {
        Assert.Equal(expected, ResponsiveImage.At("/media/a.jpg", width, wanted));
    }

    [Theory]
    [InlineData("/media/a.jpg", true)]
    [InlineData("/images/remote/sig/aHR0cHM6Ly9leC5jb20vYS5qcGc", true)]
    [InlineData("https://news.example/a.jpg", false)]
    [InlineData("//news.example/a.jpg", false)]
    [InlineData("/\\news.example/a.jpg", false)]
    [InlineData("media/a.jpg", false)]
    [InlineData(null, false)]
    public void IsSiteRelative_Url_OnlyPathsOnTheAppsOwnAddress(string? url, bool expected)
    {
        Assert.Equal(expected, ResponsiveImage.IsSiteRelative(url));
    }
}

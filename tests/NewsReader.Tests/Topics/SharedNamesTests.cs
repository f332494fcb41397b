using NewsReader.Topics;

namespace NewsReader.Tests.Topics;

public sealed class SharedNamesTests
{
    [Fact]
    public void Share_ReadAsCharacters_TheCopyAlreadyShared()
    {
        var first = SharedNames.Share(new string("Ingrid Zellweger-Obi".AsSpan()));

        var again = SharedNames.Share("x Ingrid Zellweger-Obi".AsSpan(2));
        var other = SharedNames.Share("Ingrid Zellweger-Oba".AsSpan());

        Assert.Same(first, again);
        Assert.Equal("Ingrid Zellweger-Oba", other);
        Assert.Same(other, SharedNames.Share(new string("Ingrid Zellweger-Oba".AsSpan())));
    }
}

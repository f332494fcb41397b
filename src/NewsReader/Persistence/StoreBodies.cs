namespace NewsReader.Persistence;

/// <summary>Hands out the mapped body text article after article, in the order the records name them.</summary>
internal sealed class StoreBodies(MappedWindows windows, long start)
{
    private long _at = start;

    public long End => _at;

    /// <summary>The next <paramref name="length"/> bytes, all of one article's blocks: the window they start in, and where.</summary>
    public (MappedWindow Window, int Start) Take(long length)
    {
        // A window holds every text that starts inside it, so a body far short of a window's size fits its offsets.
        if (length is < 0 or > MappedWindow.Size)
        {
            throw new InvalidDataException($"a body is {length} bytes long");
        }

        if (_at + length > windows.Length)
        {
            throw new InvalidDataException($"a body reaches past the end of the store ({_at + length} > {windows.Length})");
        }

        var taken = windows.At(_at);
        _at += length;
        return taken;
    }
}

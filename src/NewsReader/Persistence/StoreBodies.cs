using NewsReader.Articles;

namespace NewsReader.Persistence;

/// <summary>Hands out the mapped body text block after block, in the order the records name them.</summary>
internal sealed class StoreBodies(MappedFile file, long start)
{
    private readonly List<MappedWindow?> _windows = [];
    private long _at = start;

    public long End => _at;

    public Utf8Text Next(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (_at + length > file.Length)
        {
            throw new InvalidDataException($"a body reaches past the end of the store ({_at + length} > {file.Length})");
        }

        var window = WindowAt(_at);
        var text = new Utf8Text(window, (int)(_at - window.Start), length);
        _at += length;
        return text;
    }

    /// <summary>The next <paramref name="length"/> bytes, all of one article's blocks: the window they start in, and where.</summary>
    public (MappedWindow Window, int Start) Take(long length)
    {
        // A window holds every text that starts inside it, so a body far short of a window's size fits its offsets.
        if (length is < 0 or > MappedWindow.Size)
        {
            throw new InvalidDataException($"a body is {length} bytes long");
        }

        if (_at + length > file.Length)
        {
            throw new InvalidDataException($"a body reaches past the end of the store ({_at + length} > {file.Length})");
        }

        var window = WindowAt(_at);
        var start = (int)(_at - window.Start);
        _at += length;
        return (window, start);
    }

    private MappedWindow WindowAt(long offset)
    {
        var index = (int)(offset / MappedWindow.Size);
        while (_windows.Count <= index)
        {
            _windows.Add(null);
        }

        return _windows[index] ??= new MappedWindow(file, index * MappedWindow.Size);
    }
}

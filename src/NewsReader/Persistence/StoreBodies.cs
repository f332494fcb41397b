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

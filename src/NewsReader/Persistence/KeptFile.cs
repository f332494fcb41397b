namespace NewsReader.Persistence;

/// <summary>
/// A verified store file kept open after its reading, for what was left in it to be read later
/// (<see cref="StoredTopicCandidates"/>). Read by position, so the very file that was verified is
/// read even after a newer store is renamed over its path. Nothing closes it: it is closed when
/// the last article referring to it is gone and the collector finalises the stream.
/// </summary>
internal sealed class KeptFile(FileStream stream)
{
    // Held for its lifetime: the stream closes the handle when it is finalised.
    private readonly FileStream _stream = stream;

    // Taken once: the stream's getter syncs the stream's position with the system on every call,
    // a seek per read, and settling topics reads the store 100,000 times.
    private readonly Microsoft.Win32.SafeHandles.SafeFileHandle _handle = stream.SafeFileHandle;

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="offset"/> on.</summary>
    /// <exception cref="EndOfStreamException">The file ends first.</exception>
    public void Read(Span<byte> buffer, long offset)
    {
        GC.KeepAlive(_stream);
        var read = RandomAccess.Read(_handle, buffer, offset);
        if (read != buffer.Length)
        {
            throw new EndOfStreamException($"the store ends {buffer.Length - read} bytes short of what was left in it");
        }
    }
}

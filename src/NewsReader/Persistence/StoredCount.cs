namespace NewsReader.Persistence;

/// <summary>
/// A count read from a store, checked against the bytes left before anything is allocated for it:
/// a store that passes its checksum but was made by hand must not make the app allocate gigabytes.
/// </summary>
internal static class StoredCount
{
    /// <param name="bytesEach">The fewest bytes each counted item takes in the store.</param>
    public static int Read(BinaryReader reader, int bytesEach)
    {
        var count = reader.ReadInt32();
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        return count >= 0 && (long)count * bytesEach <= left
            ? count
            : throw new InvalidDataException($"a count of {count} is more than the {left} bytes left in the store can hold");
    }
}

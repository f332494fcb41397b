using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using NewsReader.Articles;
using NewsReader.Topics;

namespace NewsReader.Persistence;

/// <summary>
/// An article's topic candidates as its store record holds them: the list behind its length in
/// bytes, so that a start steps over it and leaves it in the store (<see cref="StoredTopicCandidates"/>).
/// </summary>
internal static class TopicCandidatesRecord
{
    // The bytes of a list of no candidates: its count.
    private const int NoCandidates = sizeof(int);

    /// <summary>Writes the list; one an article restored from a store left there is copied as it is.</summary>
    public static void Write(BinaryWriter writer, Article article)
    {
        if (article.StoredTopicCandidates is StoredTopicCandidates stored)
        {
            stored.CopyTo(writer);
            return;
        }

        var candidates = article.TopicCandidates;
        writer.Write(NoCandidates + candidates.Sum(c => StringLength(c.Name) + sizeof(byte) + sizeof(float) + sizeof(bool)));
        writer.Write(candidates.Length);
        foreach (var candidate in candidates)
        {
            writer.Write(candidate.Name);
            writer.Write((byte)candidate.Kind);
            writer.Write(candidate.Salience);
            writer.Write(candidate.LowerCaseToo);
        }
    }

    /// <summary>Steps over the list, leaving it where it is in <paramref name="file"/>; null when it is empty.</summary>
    /// <param name="origin">Where in the store the bytes <paramref name="reader"/> reads start.</param>
    /// <exception cref="InvalidDataException">Its length is shorter than any list.</exception>
    public static StoredTopicCandidates? Leave(ref RecordReader reader, long origin, MappedFile file)
    {
        var length = reader.ReadCount(1);
        if (length < NoCandidates)
        {
            throw new InvalidDataException($"a list of topic candidates is {length} bytes long");
        }

        var at = origin + reader.Position;
        reader.Skip(length);
        return length == NoCandidates ? null : new StoredTopicCandidates(file, at, length);
    }

    /// <summary>The list itself, its length already read (the bytes <see cref="Leave"/> left).</summary>
    public static ImmutableArray<TopicCandidate> Read(ref RecordReader reader)
    {
        var candidates = new TopicCandidate[reader.ReadCount(7)];
        for (var i = 0; i < candidates.Length; i++)
        {
            candidates[i] = new TopicCandidate(SharedName(reader.ReadStringBytes()), (TopicKind)reader.ReadByte(), reader.ReadSingle(), reader.ReadBoolean());
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(candidates);
    }

    /// <summary>A candidate's name, the copy every article shares (<see cref="SharedNames"/>): decoded on the stack, a string only when new.</summary>
    private static string SharedName(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > 256)
        {
            return SharedNames.Share(Encoding.UTF8.GetString(utf8));
        }

        Span<char> chars = stackalloc char[256];
        return SharedNames.Share(chars[..Encoding.UTF8.GetChars(utf8, chars)]);
    }

    /// <summary>How many bytes <see cref="BinaryWriter.Write(string)"/> writes for <paramref name="value"/>: a 7-bit length, then UTF-8.</summary>
    private static int StringLength(string value)
    {
        var bytes = Encoding.UTF8.GetByteCount(value);
        var prefix = 1;
        for (var rest = (uint)bytes >> 7; rest != 0; rest >>= 7)
        {
            prefix++;
        }

        return prefix + bytes;
    }
}

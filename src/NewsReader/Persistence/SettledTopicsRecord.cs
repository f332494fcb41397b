using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using NewsReader.Articles;
using NewsReader.Topics;

namespace NewsReader.Persistence;

/// <summary>
/// The snapshot's topics as the corpus settled them, in the saved index's records: each name once,
/// every article's topics as numbers into the names, then every topic with its kind and its
/// articles' positions. Settling reads every article's candidates (two million at 100,000
/// articles) and grouping every article's topics; together they were the longest step of
/// publishing a restart whose articles had not changed.
/// </summary>
internal static class SettledTopicsRecord
{
    /// <summary>Each article's settled topics, and every topic as <see cref="TopicIndex.All"/> listed it.</summary>
    public sealed record Lists(ImmutableArray<string>[] PerArticle, SettledTopic[] Topics);

    public static void Write(BinaryWriter writer, ImmutableArray<Article> articles, TopicIndex? topics)
    {
        writer.Write(topics is not null);
        if (topics is null)
        {
            return;
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in articles.SelectMany(article => article.Topics))
        {
            names.TryAdd(name, names.Count);
        }

        // Its length first, so that its end can be checked.
        using var section = new MemoryStream();
        using (var inner = new BinaryWriter(section, Encoding.UTF8, leaveOpen: true))
        {
            inner.Write(names.Count);
            foreach (var name in names.Keys)
            {
                inner.Write(name);
            }

            inner.Write(articles.Length);
            foreach (var article in articles)
            {
                inner.Write(article.Topics.Length);
                foreach (var name in article.Topics)
                {
                    inner.Write7BitEncodedInt(names[name]);
                }
            }

            var all = topics.Settled().ToList();
            inner.Write(all.Count);
            foreach (var topic in all)
            {
                inner.Write(topic.Name);
                inner.Write(topic.Slug);
                inner.Write((byte)topic.Kind);
                inner.Write(topic.Positions.Length);
                var previous = -1;
                foreach (var position in topic.Positions)
                {
                    // Ascending (the snapshot's order): the gaps are small numbers, a byte or two each.
                    inner.Write7BitEncodedInt(position - previous);
                    previous = position;
                }
            }
        }

        writer.Write(section.Length);
        writer.Write(section.GetBuffer().AsSpan(0, (int)section.Length));
    }

    /// <param name="count">How many articles the index has.</param>
    /// <returns>The lists, or null when none were saved.</returns>
    /// <exception cref="InvalidDataException">They do not fit together.</exception>
    public static Lists? Read(BinaryReader reader, int count)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        var length = reader.ReadInt64();
        var end = reader.BaseStream.Position + length;
        if (length < 0 || end > reader.BaseStream.Length)
        {
            throw new InvalidDataException($"its settled topics are {length} bytes long");
        }

        var names = new string[StoredCount.Read(reader, 1)];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.ReadString();
        }

        if (reader.ReadInt32() != count)
        {
            throw new InvalidDataException($"its settled topics are not for its {count} articles");
        }

        var perArticle = new ImmutableArray<string>[count];
        for (var a = 0; a < count; a++)
        {
            var topics = new string[StoredCount.Read(reader, 1)];
            for (var t = 0; t < topics.Length; t++)
            {
                topics[t] = names[reader.Read7BitEncodedInt()];
            }

            perArticle[a] = ImmutableCollectionsMarshal.AsImmutableArray(topics);
        }

        var all = new SettledTopic[StoredCount.Read(reader, 3)];
        var slugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var t = 0; t < all.Length; t++)
        {
            var (name, slug, kind) = (reader.ReadString(), reader.ReadString(), (TopicKind)reader.ReadByte());
            if (!slugs.Add(slug))
            {
                throw new InvalidDataException($"its settled topics name the topic {slug} twice");
            }

            var positions = new int[StoredCount.Read(reader, 1)];
            var previous = -1;
            for (var p = 0; p < positions.Length; p++)
            {
                positions[p] = previous += reader.Read7BitEncodedInt();
                if (positions[p] < 0 || positions[p] >= count)
                {
                    throw new InvalidDataException($"topic {name} lists article {positions[p]} of {count}");
                }
            }

            all[t] = new SettledTopic(name, slug, kind, ImmutableCollectionsMarshal.AsImmutableArray(positions));
        }

        return reader.BaseStream.Position == end ? new Lists(perArticle, all) : throw new InvalidDataException("its settled topics do not end where they say");
    }
}

using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

        writer.Write(names.Count);
        foreach (var name in names.Keys)
        {
            writer.Write(name);
        }

        writer.Write(articles.Length);
        foreach (var article in articles)
        {
            writer.Write(article.Topics.Length);
            foreach (var name in article.Topics)
            {
                writer.Write7BitEncodedInt(names[name]);
            }
        }

        var all = topics.Settled().ToList();
        writer.Write(all.Count);
        foreach (var topic in all)
        {
            writer.Write(topic.Name);
            writer.Write(topic.Slug);
            writer.Write((byte)topic.Kind);
            writer.Write(topic.Positions.Length);
            var previous = -1;
            foreach (var position in topic.Positions)
            {
                // Ascending (the snapshot's order): the gaps are small numbers, a byte or two each.
                writer.Write7BitEncodedInt(position - previous);
                previous = position;
            }
        }
    }

    /// <param name="count">How many articles the index has.</param>
    /// <returns>The lists, or null when none were saved.</returns>
    /// <exception cref="InvalidDataException">They do not fit together.</exception>
    public static Lists? Read(ref RecordReader reader, int count)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        var names = new string[reader.ReadCount(1)];
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
            var topics = new string[reader.ReadCount(1)];
            for (var t = 0; t < topics.Length; t++)
            {
                topics[t] = names[reader.Read7BitEncodedInt()];
            }

            perArticle[a] = ImmutableCollectionsMarshal.AsImmutableArray(topics);
        }

        var all = new SettledTopic[reader.ReadCount(3)];
        var slugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var t = 0; t < all.Length; t++)
        {
            var (name, slug, kind) = (reader.ReadString(), reader.ReadString(), (TopicKind)reader.ReadByte());
            if (!slugs.Add(slug))
            {
                throw new InvalidDataException($"its settled topics name the topic {slug} twice");
            }

            var positions = new int[reader.ReadCount(1)];
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

        return new Lists(perArticle, all);
    }
}

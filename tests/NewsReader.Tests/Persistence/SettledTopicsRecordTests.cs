using System.Text;
using NewsReader.Articles;
using NewsReader.Persistence;

namespace NewsReader.Tests.Persistence;

/// <summary>
/// The settled topics in a saved index are checked as they are read: a file whose checksum holds
/// but that was made by hand must not make a start fail or show a topic that is not there.
/// </summary>
public sealed class SettledTopicsRecordTests
{
    [Fact]
    public void Read_AsWritten_OneTopicWithItsArticle()
    {
        var reader = new RecordReader(Record(topics: [("Ferry", "ferry", [0])]));

        var lists = SettledTopicsRecord.Read(ref reader, count: 1);

        Assert.NotNull(lists);
        Assert.Equal("Ferry", Assert.Single(lists.PerArticle[0]));
        var topic = Assert.Single(lists.Topics);
        Assert.Equal(("Ferry", "ferry", TopicKind.Place), (topic.Name, topic.Slug, topic.Kind));
        Assert.Equal(0, Assert.Single(topic.Positions));
    }

    [Fact]
    public void Read_SameSlugTwice_Refused()
    {
        var record = Record(topics: [("Ferry", "ferry", [0]), ("ferry", "FERRY", [0])]);

        var refused = Assert.Throws<InvalidDataException>(() => Read(record, count: 1));
        Assert.Contains("twice", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ArticleOutsideTheIndex_Refused()
    {
        var record = Record(topics: [("Ferry", "ferry", [3])]);

        Assert.Throws<InvalidDataException>(() => Read(record, count: 1));
    }

    [Fact]
    public void Read_ForOtherArticleCount_Refused()
    {
        var record = Record(topics: [("Ferry", "ferry", [0])]);

        Assert.Throws<InvalidDataException>(() => Read(record, count: 2));
    }

    private static SettledTopicsRecord.Lists? Read(byte[] record, int count)
    {
        var reader = new RecordReader(record);
        return SettledTopicsRecord.Read(ref reader, count);
    }

    /// <summary>One article whose only topic is "Ferry", then the topics given, as the store lays them out.</summary>
    private static byte[] Record((string Name, string Slug, int[] Positions)[] topics)
    {
        var record = new MemoryStream();
        using (var writer = new BinaryWriter(record, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(true);
            writer.Write(1);
            writer.Write("Ferry");
            writer.Write(1);
            writer.Write(1);
            writer.Write7BitEncodedInt(0);
            writer.Write(topics.Length);
            foreach (var (name, slug, positions) in topics)
            {
                writer.Write(name);
                writer.Write(slug);
                writer.Write((byte)TopicKind.Place);
                writer.Write(positions.Length);
                var previous = -1;
                foreach (var position in positions)
                {
                    writer.Write7BitEncodedInt(position - previous);
                    previous = position;
                }
            }
        }

        return record.ToArray();
    }
}

namespace NewsReader.Articles;

/// <summary>What a topic names. <see cref="Unknown"/> when the clues disagree or say nothing: such topics are listed but kept out of the groups by kind.</summary>
public enum TopicKind
{
    Unknown,

    Person,

    Place,

    Organisation,

    /// <summary>A subject from the article's own tags.</summary>
    Subject,
}

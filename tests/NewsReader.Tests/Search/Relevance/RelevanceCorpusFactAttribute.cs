namespace NewsReader.Tests.Search.Relevance;

/// <summary>A test that runs only when <c>NEWSREADER_CORPUS</c> names a folder of real articles filed by section.</summary>
public sealed class RelevanceCorpusFactAttribute : FactAttribute
{
    public const string Variable = "NEWSREADER_CORPUS";

    public RelevanceCorpusFactAttribute()
    {
        if (!Directory.Exists(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Set {Variable} to a folder of articles in section sub-folders (e.g. the BBC sample) to grade search, related reading and topics on it.";
        }
    }
}

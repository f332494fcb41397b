namespace NewsReader.Web.Tests.Corpus;

/// <summary>A test that runs only when <c>NEWSREADER_CORPUS</c> names a folder of real articles.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public const string Variable = "NEWSREADER_CORPUS";

    public CorpusFactAttribute()
    {
        if (!Directory.Exists(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Set {Variable} to a folder of .txt articles to check that every one round-trips.";
        }
    }
}

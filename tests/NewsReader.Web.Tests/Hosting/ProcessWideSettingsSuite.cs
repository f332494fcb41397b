namespace NewsReader.Web.Tests.Hosting;

/// <summary>Tests of process-wide state, which the other test hosts in the process would change under them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideSettingsSuite
{
    public const string Name = "Process-wide settings";
}

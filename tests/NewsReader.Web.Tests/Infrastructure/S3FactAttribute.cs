namespace NewsReader.Web.Tests.Infrastructure;

/// <summary>A test that needs s3rver: skipped when it is not installed, unless the run requires it.</summary>
public sealed class S3FactAttribute : FactAttribute
{
    public S3FactAttribute()
    {
        Skip = S3rver.SkipReason;
    }
}

using Microsoft.Extensions.Options;

namespace NewsReader.Ingestion;

/// <summary>Stops the start when <c>Seeds:Source</c> or the bucket settings it needs are wrong, naming the key to fix.</summary>
public sealed class SeedsSourceValidator : IValidateOptions<SeedsOptions>
{
    private const string S3 = $"{SeedsOptions.Section}:{nameof(SeedsOptions.S3)}";

    public ValidateOptionsResult Validate(string? name, SeedsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.MirrorsBucket)
        {
            return string.Equals(options.Source, SeedsOptions.SourceFolder, StringComparison.OrdinalIgnoreCase)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"{SeedsOptions.Section}:{nameof(SeedsOptions.Source)} is '{options.Source}'; it must be '{SeedsOptions.SourceFolder}' " +
                    $"(the seeds folder is edited in place) or '{SeedsOptions.SourceS3}' (it is copied from a bucket).");
        }

        var s3 = options.S3;
        if (string.IsNullOrWhiteSpace(s3.Bucket))
        {
            return ValidateOptionsResult.Fail(
                $"{SeedsOptions.Section}:{nameof(SeedsOptions.Source)} is '{SeedsOptions.SourceS3}' but no bucket is named: set {S3}:{nameof(S3SourceOptions.Bucket)} " +
                $"(environment variable {SeedsOptions.Section}__{nameof(SeedsOptions.S3)}__{nameof(S3SourceOptions.Bucket)}).");
        }

        if (s3.Endpoint.Length > 0
            && (!Uri.TryCreate(s3.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https") || endpoint.Host.Length == 0))
        {
            return ValidateOptionsResult.Fail(
                $"{S3}:{nameof(S3SourceOptions.Endpoint)} is '{s3.Endpoint}', which is not an http:// or https:// URL; " +
                "set it to the S3-compatible server's address (such as http://127.0.0.1:9000) or leave it empty for AWS.");
        }

        if (string.IsNullOrWhiteSpace(s3.Region))
        {
            return ValidateOptionsResult.Fail($"{S3}:{nameof(S3SourceOptions.Region)} is empty; set it (us-east-1 unless the bucket lives elsewhere).");
        }

        return string.IsNullOrEmpty(s3.AccessKey) == string.IsNullOrEmpty(s3.SecretKey)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Only one of {S3}:{nameof(S3SourceOptions.AccessKey)} and {S3}:{nameof(S3SourceOptions.SecretKey)} is set; " +
                "set both, or neither to take the keys from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.");
    }
}

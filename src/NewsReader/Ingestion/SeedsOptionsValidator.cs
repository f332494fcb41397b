using Microsoft.Extensions.Options;

namespace NewsReader.Ingestion;

/// <summary>Stops the start when the seeds folder is missing, naming the path and the key to fix.</summary>
public sealed class SeedsOptionsValidator : IValidateOptions<SeedsOptions>
{
    public ValidateOptionsResult Validate(string? name, SeedsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            return ValidateOptionsResult.Fail($"The time zone '{options.TimeZone}' is not known. Set Site:TimeZone to an IANA id such as 'Europe/London' or 'UTC'.");
        }

        // A bucket's mirror creates its folder with the first copy.
        return Directory.Exists(options.Path) || options.MirrorsBucket
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"The seeds folder '{options.Path}' does not exist. Set {SeedsOptions.Section}:{nameof(SeedsOptions.Path)} " +
                $"(environment variable {SeedsOptions.Section}__{nameof(SeedsOptions.Path)}, or --{SeedsOptions.Section}:{nameof(SeedsOptions.Path)}=...) " +
                "to the folder that holds the article files.");
    }
}

using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;

namespace NewsReader.Web;

internal static class OptionsCheck
{
    /// <summary>Reads every options type once, which runs its validation.</summary>
    public static bool TryValidateNewsReaderOptions(this IServiceProvider services, [NotNullWhen(false)] out string? error)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<SeedsOptions>>().Value;
            _ = services.GetRequiredService<IOptions<SiteOptions>>().Value;
            _ = services.GetRequiredService<IOptions<NewsReader.Web.Images.ImagesOptions>>().Value;
            error = null;
            return true;
        }
        catch (OptionsValidationException ex)
        {
            error = string.Join(" ", ex.Failures);
            return false;
        }
    }
}

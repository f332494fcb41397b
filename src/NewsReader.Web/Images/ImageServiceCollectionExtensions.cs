using Microsoft.Extensions.Options;
using NewsReader.Images;
using NewsReader.Ingestion;

namespace NewsReader.Web.Images;

public static class ImageServiceCollectionExtensions
{
    /// <summary>The image settings, the address rule ingestion applies to remote pictures, and the proxy behind it.</summary>
    public static IServiceCollection AddImages(this IServiceCollection services)
    {
        services.AddOptions<ImagesOptions>()
            .BindConfiguration(ImagesOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The key is read (or made) once, before the first load signs any address.
        services.AddSingleton(provider => new ImageUrlSigner(ImageSigningKey.LoadOrCreateAsync(
            provider.GetRequiredService<IOptions<SeedsOptions>>().Value,
            provider.GetRequiredService<ILogger<ImageUrlSigner>>(),
            CancellationToken.None).GetAwaiter().GetResult()));
        services.AddSingleton<IRemoteImageAddresses>(provider => provider.GetRequiredService<IOptions<ImagesOptions>>().Value.Mode switch
        {
            RemoteImageMode.Proxy => new ProxyImageAddresses(provider.GetRequiredService<ImageUrlSigner>()),
            RemoteImageMode.Link => new LinkImageAddresses(),
            _ => new DropImageAddresses(),
        });

        services.AddSingleton<IRemoteHostPolicy, RemoteHostPolicy>();
        services.AddSingleton<RemoteImageFetcher>();
        services.AddSingleton<FailedFetches>();
        services.AddSingleton<NamedRemoteImages>();
        services.AddSingleton<ImageDiskCache>();
        services.AddSingleton<RemoteImageProxy>();
        return services;
    }
}

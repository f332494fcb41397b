using Microsoft.Net.Http.Headers;

namespace NewsReader.Web.Hosting;

public static class SecurityHeaders
{
    /// <summary>
    /// Everything is served by the app itself, so the policy allows only 'self' and never inline
    /// script. JSON-LD blocks are data, not script, so they need no exception.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'none'";

    /// <summary>With <c>Images:Remote=link</c> pictures come from their own sites, and only pictures may.</summary>
    public const string LinkedImagesContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https: http:; font-src 'self'; " +
        "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'none'";

    /// <summary>Hardened headers on every response, and only GET and HEAD accepted: the site has nothing to write to.</summary>
    /// <param name="app">The app.</param>
    /// <param name="imagesFromOtherSites">
    /// True when articles show other sites' pictures from those sites (<c>Images:Remote=link</c>).
    /// Asked at the first request, not here: bad settings are reported by the start-up check, after this runs.
    /// </param>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, Func<bool> imagesFromOtherSites)
    {
        ArgumentNullException.ThrowIfNull(app);
        var linkedImages = new Lazy<bool>(imagesFromOtherSites);
        return app.Use((context, next) => Apply(context, next, linkedImages.Value));
    }

    private static async Task Apply(HttpContext context, RequestDelegate next, bool linkedImages)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = linkedImages ? LinkedImagesContentSecurityPolicy : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            headers.Allow = "GET, HEAD";
            return;
        }

        await next(context);
    }
}

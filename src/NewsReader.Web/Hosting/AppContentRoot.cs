namespace NewsReader.Web.Hosting;

/// <summary>
/// Where the app finds appsettings.json, wwwroot and its static-asset manifest. ASP.NET Core's
/// default is the working directory, so a service started elsewhere (<c>cd /srv &amp;&amp; dotnet
/// /opt/newsreader/NewsReader.Web.dll</c>, as systemd and containers do) read no settings, and
/// every stylesheet and script answered 200 with an empty body: the asset manifest was found
/// beside the dll, the files under a wwwroot that was not there.
/// </summary>
public static class AppContentRoot
{
    /// <summary>
    /// The builder's options: the content root as configured (<c>--contentRoot</c>,
    /// <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>; test hosts pass it this way too),
    /// else the folder holding the app's own files. Under <c>dotnet run</c> that is the build output,
    /// which has the settings files and serves wwwroot through the build's static-asset manifest.
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var configured = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey];
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = string.IsNullOrWhiteSpace(configured) ? AppContext.BaseDirectory : null,
        };
    }
}

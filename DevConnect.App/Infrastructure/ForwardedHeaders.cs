using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace DevConnect.App.Infrastructure;

/// <summary>Bound from <c>ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-*</c> headers are believed.</summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of proxies, e.g. <c>127.0.0.1</c> for an nginx on the same machine.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of proxies in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may add themselves to <c>X-Forwarded-For</c>.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Any => KnownProxies.Length + KnownNetworks.Length > 0;
}

/// <summary>
/// Behind a proxy, the client's address (rate limits, the open-tab cap, the devices list) and the https scheme
/// (<c>Secure</c> cookies, no redirect loop) come from forwarded headers, but only from the configured proxies:
/// anybody else could claim any address. With no proxy configured, forwarded headers are ignored.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddDevConnectForwardedHeaders(this IServiceCollection services, IConfiguration config)
    {
        var settings = config.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        services.AddSingleton(settings);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = settings.ForwardLimit;
            // The framework trusts loopback by default; here only what the operator lists is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the client's address and scheme.</summary>
    public static IApplicationBuilder UseDevConnectForwardedHeaders(this IApplicationBuilder app)
    {
        // With empty lists the middleware would believe every sender, so it is only added when a proxy is configured.
        return app.ApplicationServices.GetRequiredService<ForwardedHeadersSettings>().Any ? app.UseForwardedHeaders() : app;
    }
}

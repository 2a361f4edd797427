using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace DevConnect.App.Infrastructure;

/// <summary>English and French from day one: the browser's language first, then the visitor's choice (a cookie).</summary>
public static class Localization
{
    public static readonly string[] SupportedCultures = ["en", "fr"];

    public static IServiceCollection AddDevConnectLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        // Texts are read once per language and kept (see CachedStringLocalizerFactory).
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, CachedStringLocalizerFactory>());
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(SupportedCultures[0])
                .AddSupportedCultures(SupportedCultures)
                .AddSupportedUICultures(SupportedCultures);
            options.ApplyCurrentCultureToResponseHeaders = true;
            // Cookie (an explicit choice) beats Accept-Language; the query string is not used.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static IApplicationBuilder UseDevConnectLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    public static bool IsSupported(string? culture) =>
        culture is not null && SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}

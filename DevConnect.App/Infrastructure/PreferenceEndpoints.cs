using Microsoft.AspNetCore.Localization;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Language and theme are remembered per browser in cookies. Plain GET form targets, so the switches work the
/// same on interactive pages and on the static account pages, and a reload applies them everywhere at once.
/// </summary>
public static class PreferenceEndpoints
{
    public const string ThemeCookie = "dc-theme";

    public static IEndpointRouteBuilder MapPreferenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/preferences").DisableAntiforgery();

        group.MapGet("/culture", (HttpContext http, string? culture, string? returnUrl) =>
        {
            if (Localization.IsSupported(culture))
            {
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                    PreferenceCookie(http));
            }

            return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        });

        group.MapGet("/theme", (HttpContext http, string? mode, string? returnUrl) =>
        {
            if (mode is "dark" or "light")
            {
                http.Response.Cookies.Append(ThemeCookie, mode, PreferenceCookie(http));
            }

            return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        });

        return endpoints;
    }

    public static bool IsDarkMode(HttpContext http) => http.Request.Cookies[ThemeCookie] == "dark";

    // Only local paths: an absolute or protocol-relative URL would make this an open redirect.
    internal static string SafeReturnUrl(string? returnUrl) => LocalUrls.PathOrHome(returnUrl);

    private static CookieOptions PreferenceCookie(HttpContext http) => new()
    {
        Expires = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().AddYears(1),
        IsEssential = true,
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
    };
}

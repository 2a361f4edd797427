using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;

namespace DevConnect.App.Infrastructure;

/// <summary>Bound from <c>PageCache</c>: whether anonymous pages are served from the output cache, and for how long.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a prerendered page may be served again. The interactive root components in it carry descriptors
    /// that Blazor accepts for 5 minutes after rendering (ServerComponentSerializationSettings.DataExpiration), so a
    /// page must leave a browser most of that time to open its circuit: hence at most 2 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:02:00", ErrorMessage = "PageCache:Duration must be between 0 and 2 minutes (Blazor's descriptors expire after 5).")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary>
/// Anonymous visitors of the home page, the feed, project pages, the directory and public profiles get a
/// prerendered page from ASP.NET Core's output cache. Why this is safe for interactive pages:
/// <list type="bullet">
/// <item>The circuit re-creates every component and reloads its data when it starts (no component persists
/// prerendered state), so a cached page is only a first paint; what a visitor then uses is live.</item>
/// <item>Blazor checks a descriptor's invocation id and sequence per circuit (the deserializer is a scoped
/// service), so any number of browsers can start circuits from the same markers while they are valid.</item>
/// <item>Nothing per visitor is in these pages: the antiforgery token Blazor would persist is not minted for
/// them (<see cref="CacheablePageAntiforgery"/>), and a response that sets a cookie is never stored.</item>
/// </list>
/// A request carrying the sign-in cookie never reads or fills the cache. Entries vary by query string, by the
/// culture the localization middleware resolved, by the theme cookie and by the content coding (pages are stored
/// compressed, <see cref="PageCompression"/>), and are evicted by tag from the live events that update open pages
/// (<see cref="PageCacheEviction"/>).
/// </summary>
public static class PageCache
{
    public const string PolicyName = "anonymous-page";

    public const string HomeTag = "home";
    public const string FeedTag = "feed";
    public const string PeopleTag = "people";
    public const string ProfilesTag = "profiles";

    internal const string CacheableRequestKey = "DevConnect.PageCache.Cacheable";

    public static string ProjectTag(int projectId) => $"project:{projectId}";

    public static IServiceCollection AddDevConnectPageCache(this IServiceCollection services, IConfiguration config)
    {
        var options = StartupOptions.Read<PageCacheOptions>(config, PageCacheOptions.Section);

        services.AddOutputCache(cache =>
        {
            // Exact paths: a page echoes its own address (language and theme switches return to it).
            cache.UseCaseSensitivePaths = true;
            cache.AddPolicy(PolicyName, new AnonymousPagePolicy(options));
        });
        services.AddHostedService<PageCacheEviction>();
        CacheablePageAntiforgery.Register(services);
        return services;
    }

    public static IApplicationBuilder UsePageCache(this IApplicationBuilder app) => app.UseOutputCache();

    /// <summary>Whether this request is an anonymous one that may be answered from (and stored in) the cache.</summary>
    public static bool IsCacheable(HttpContext http) => http.Items.ContainsKey(CacheableRequestKey);

    private sealed class AnonymousPagePolicy(PageCacheOptions options) : IOutputCachePolicy
    {
        private static readonly string _signInCookie = ".AspNetCore." + IdentityConstants.ApplicationScheme;

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var request = http.Request;
            var cacheable = options.Enabled
                && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && !request.Cookies.ContainsKey(_signInCookie)
                && http.User.Identity?.IsAuthenticated != true
                && string.IsNullOrEmpty(request.Headers.Authorization)
                // Enhanced navigation fetches are rare (the router is interactive); keep them out of the cache.
                && !request.Headers.Accept.ToString().Contains("blazor-enhanced-nav", StringComparison.Ordinal);

            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            if (!cacheable)
            {
                return ValueTask.CompletedTask;
            }

            http.Items[CacheableRequestKey] = true;
            context.ResponseExpirationTimeSpan = options.Duration;
            context.CacheVaryByRules.QueryKeys = "*";
            // The culture as the localization middleware resolved it (cookie, then Accept-Language), not the raw
            // header, so every "fr-FR,fr;q=0.9,…" variant shares the French entry.
            context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
            context.CacheVaryByRules.VaryByValues["theme"] = PreferenceEndpoints.IsDarkMode(http) ? "dark" : "light";
            // The page is stored as PageCompression compressed it, so a gzip-only browser never gets a Brotli body.
            context.CacheVaryByRules.VaryByValues["encoding"] = PageCompression.EncodingFor(http);
            foreach (var tag in TagsFor(request.Path, http))
            {
                context.Tags.Add(tag);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            // A cookie belongs to one browser, and only a page (not a redirect or a 404) is worth keeping.
            if (!string.IsNullOrEmpty(response.Headers.SetCookie) || response.StatusCode != StatusCodes.Status200OK)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }

        private static IEnumerable<string> TagsFor(PathString path, HttpContext http)
        {
            var value = path.Value ?? "/";
            if (value == "/")
            {
                yield return HomeTag;
            }
            else if (value == "/projects")
            {
                yield return FeedTag;
            }
            else if (value.StartsWith("/projects/", StringComparison.Ordinal)
                && int.TryParse(Convert.ToString(http.GetRouteValue("Id"), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, out var projectId))
            {
                yield return ProjectTag(projectId);
            }
            else if (value == "/people")
            {
                yield return PeopleTag;
            }
            else if (value.StartsWith("/u/", StringComparison.Ordinal))
            {
                yield return ProfilesTag;
            }
        }
    }
}

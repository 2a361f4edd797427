using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Blazor persists an antiforgery request token into every prerendered interactive page (and sets the matching
/// cookie) in case an interactive form posts. An anonymous cacheable page has no such form, and a token or a
/// Set-Cookie in a page served to everyone would hand one visitor's token to all. So for those requests no
/// token is minted; every other request (account forms, signed-in pages, validation) goes to the real service.
/// </summary>
internal sealed class CacheablePageAntiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    public static void Register(IServiceCollection services)
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(IAntiforgery))
            ?? throw new InvalidOperationException("Register the page cache after AddRazorComponents (which adds antiforgery).");
        services.Remove(original);
        services.AddSingleton<IAntiforgery>(sp => new CacheablePageAntiforgery(Create(sp, original), sp.GetRequiredService<IOptions<AntiforgeryOptions>>()));
    }

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        PageCache.IsCacheable(httpContext) ? NoTokens() : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
        PageCache.IsCacheable(httpContext) ? NoTokens() : inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    // Blazor treats a set without a request token as "no antiforgery here" and persists nothing.
    private AntiforgeryTokenSet NoTokens() => new(null, null, options.Value.FormFieldName, options.Value.HeaderName);

    private static IAntiforgery Create(IServiceProvider services, ServiceDescriptor original) =>
        original.ImplementationInstance as IAntiforgery
        ?? original.ImplementationFactory?.Invoke(services) as IAntiforgery
        ?? (IAntiforgery)ActivatorUtilities.CreateInstance(services, original.ImplementationType!);
}

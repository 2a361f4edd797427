using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Threading.RateLimiting;

namespace DevConnect.App.Infrastructure;

/// <summary>Bound from <c>RateLimits</c>: how many account form posts one address may make per window.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 1_000_000)]
    public int AccountPostsPerWindow { get; set; } = 10;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// Slows down password guessing, sign-up spam and reset-mail floods: POSTs to the account forms are limited per
/// client address and per form. The policy is attached to the forms' endpoints (<c>[EnableRateLimiting]</c> on the
/// pages), so every spelling of their address (<c>/account/login/</c>) is the same form with the same budget.
/// Everything else is not limited here (circuit actions are limited in the domain).
/// </summary>
public static class RateLimits
{
    public const string AccountForm = "account-form";

    public static IServiceCollection AddDevConnectRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var options = StartupOptions.Read<RateLimitOptions>(config, RateLimitOptions.Section);
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(AccountForm, http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("browsing");
                }

                // The route's pattern, not the request's path: one budget per form, however its address is spelled.
                var form = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
                var client = http.Connection.RemoteIpAddress ?? IPAddress.None;
                return RateLimitPartition.GetFixedWindowLimiter($"{form.ToUpperInvariant()}|{client}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.AccountPostsPerWindow,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)wait.TotalSeconds : options.WindowSeconds;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(TooManyRequestsPage(retryAfter), ct);
            };
        });
        return services;
    }

    private static string TooManyRequestsPage(int retryAfterSeconds)
    {
        var french = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr";
        var (lang, title, body, back) = french
            ? ("fr", "Trop de tentatives", $"Vous avez envoyé ce formulaire trop souvent. Réessayez dans {retryAfterSeconds} secondes.", "Retour à l'accueil")
            : ("en", "Too many attempts", $"You have sent this form too often. Please try again in {retryAfterSeconds} seconds.", "Back to the home page");
        return $$"""
            <!DOCTYPE html>
            <html lang="{{lang}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}} · DevConnect</title>
            <style>body{font-family:system-ui,sans-serif;background:#f5f6fa;color:#1f2937;display:grid;place-items:center;min-height:100vh;margin:0}
            main{background:#fff;padding:2rem 2.5rem;border-radius:12px;box-shadow:0 4px 24px rgba(0,0,0,.08);max-width:28rem}
            h1{margin-top:0;color:#4338ca}a{color:#4338ca}</style></head>
            <body><main><h1>{{title}}</h1><p>{{body}}</p><p><a href="/">{{back}}</a></p></main></body></html>
            """;
    }
}

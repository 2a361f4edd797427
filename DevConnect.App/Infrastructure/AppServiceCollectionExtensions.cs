using DevConnect.App.Components.Account;
using DevConnect.App.Components.Account.Sessions;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using MudBlazor.Services;

namespace DevConnect.App.Infrastructure;

public static class AppServiceCollectionExtensions
{
    /// <summary>The web side: components, MudBlazor, Identity's cookies and pages, localization, limits, health.</summary>
    public static IServiceCollection AddDevConnectApp(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        services.AddDevConnectDataProtection(config, contentRoot);

        services.AddRazorComponents().AddInteractiveServerComponents().AddDevConnectCircuits(config);
        services.AddDevConnectPageCache(config);
        services.AddDevConnectPageCompression();
        // French (and names like "Zoé") render as text, not as &#xE9; escapes.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddMudServices();
        services.AddDevConnectLocalization();

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<DevConnect.App.Components.Account.AccountEmailLinks>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/Account/Login";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
        });
        services.AddAuthorization();
        services.AddDevConnectSessions();

        services.AddIdentityCore<DevConnectUser>(AccountPolicy.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DevConnectDbContext>()
            .AddPasswordValidator<MaxLengthPasswordValidator>()
            .AddClaimsPrincipalFactory<DevConnectClaimsFactory>()
            .AddSignInManager<DevConnectSignInManager>()
            .AddDefaultTokenProviders();
        services.AddSingleton<IEmailSender<DevConnectUser>, IdentityEmailSender>();
        services.AddSingleton<DevConnect.Domain.Messaging.IUnsubscribeTokens, UnsubscribeTokens>();
        services.AddSingleton<Components.Layout.ThemeStylesheet>();

        services.AddHostedService<LiveListenersStartup>();
        services.AddHostedService<GitHubRefreshWorker>();
        services.AddHostedService<HourlyJobsWorker>();
        services.AddHostedService<OutboxWorker>();
        services.AddDevConnectRateLimits(config);
        services.AddDevConnectForwardedHeaders(config);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}

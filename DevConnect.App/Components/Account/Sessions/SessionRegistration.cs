using System.Security.Claims;
using DevConnect.Domain.Accounts.Sessions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DevConnect.App.Components.Account.Sessions;

internal static class SessionRegistration
{
    /// <summary>Sign-in tickets kept in the database, and the security stamp checked every <c>Sessions:ValidationInterval</c>.</summary>
    public static IServiceCollection AddDevConnectSessions(this IServiceCollection services)
    {
        services.AddSingleton<UnknownUserPasswordCheck>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<UserSessionService, IOptions<IdentityOptions>, TimeProvider>((cookie, sessions, identity, clock) =>
                cookie.SessionStore = new SessionTicketStore(sessions, identity.Value, clock));
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<UserSessionOptions>>((validator, sessions) =>
            {
                validator.ValidationInterval = sessions.Value.ValidationInterval;
                // The principal is rebuilt from the user after a successful check; without the session id, that
                // request (and a circuit started by it) could no longer tell which session it belongs to.
                validator.OnRefreshingPrincipal = refreshing =>
                {
                    if (refreshing.CurrentPrincipal is { } current && SessionTicketStore.SessionIdOf(current) is { } sessionId
                        && refreshing.NewPrincipal?.Identity is ClaimsIdentity identity
                        && !identity.HasClaim(c => c.Type == SessionTicketStore.SessionIdClaim))
                    {
                        identity.AddClaim(new Claim(SessionTicketStore.SessionIdClaim, sessionId));
                    }

                    return Task.CompletedTask;
                };
            });
        return services;
    }
}

using System.Security.Claims;
using DevConnect.Domain.Accounts.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DevConnect.App.Components.Account.Sessions;

/// <summary>
/// Keeps Identity's sign-in tickets in the database (<see cref="UserSessionService"/>): the cookie holds a session
/// id only, so a session that ended (log out, another device ended it, the password changed) is refused on the
/// next request however the cookie was kept.
/// </summary>
internal sealed class SessionTicketStore(UserSessionService sessions, IdentityOptions identity, TimeProvider clock) : ITicketStore
{
    /// <summary>Carried in the signed-in principal so an open circuit can ask whether its session still stands.</summary>
    public const string SessionIdClaim = "devconnect:session";

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        StoreAsync(ticket, null, null, cancellationToken);

    public Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
        StoreAsync(ticket, httpContext.Request.Headers.UserAgent.ToString(), httpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        sessions.RenewAsync(key, ToSessionTicket(key, ticket), cancellationToken);

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken) =>
        await sessions.ResumeAsync(key, cancellationToken) is { } bytes ? TicketSerializer.Default.Deserialize(bytes) : null;

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => sessions.EndAsync(key, cancellationToken);

    public static string? SessionIdOf(ClaimsPrincipal principal) => principal.FindFirst(SessionIdClaim)?.Value;

    private async Task<string> StoreAsync(AuthenticationTicket ticket, string? userAgent, string? ipAddress, CancellationToken ct)
    {
        var id = UserSessionService.NewId();
        await sessions.StartAsync(id, ToSessionTicket(id, ticket), userAgent, ipAddress, ct);
        return id;
    }

    private SessionTicket ToSessionTicket(string sessionId, AuthenticationTicket ticket)
    {
        // A renewed principal is rebuilt from the user (security-stamp check), which drops our claim: put it back.
        if (ticket.Principal.Identity is ClaimsIdentity principalIdentity && !ticket.Principal.HasClaim(SessionIdClaim, sessionId))
        {
            foreach (var stale in principalIdentity.FindAll(SessionIdClaim).ToList())
            {
                principalIdentity.RemoveClaim(stale);
            }

            principalIdentity.AddClaim(new Claim(SessionIdClaim, sessionId));
        }

        var expires = ticket.Properties.ExpiresUtc ?? clock.GetUtcNow().AddDays(14);
        return new SessionTicket(
            ticket.Principal.FindFirstValue(identity.ClaimsIdentity.UserIdClaimType) ?? "",
            ticket.Principal.FindFirstValue(identity.ClaimsIdentity.SecurityStampClaimType) ?? "",
            expires.UtcDateTime,
            TicketSerializer.Default.Serialize(ticket));
    }
}

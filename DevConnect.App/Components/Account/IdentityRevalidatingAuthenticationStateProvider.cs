using System.Security.Claims;
using DevConnect.App.Components.Account.Sessions;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Accounts.Sessions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DevConnect.App.Components.Account;

// An open circuit re-checks its sign-in every Sessions:ValidationInterval (1 minute): a session ended elsewhere
// (log out, "sign out this device", a password change) signs the tab out within that time.
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> options,
        IOptions<UserSessionOptions> sessionOptions,
        UserSessionService sessions)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    // At least a second: the loop also runs for every prerendered request, and zero would make it spin.
    protected override TimeSpan RevalidationInterval => TimeSpan.FromTicks(Math.Max(sessionOptions.Value.ValidationInterval.Ticks, TimeSpan.TicksPerSecond));

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // Resuming (rather than only asking) also keeps "last seen" current for a tab left open for hours.
        if (SessionTicketStore.SessionIdOf(authenticationState.User) is not { } sessionId
            || await sessions.ResumeAsync(sessionId, cancellationToken) is null)
        {
            return false;
        }

        // Get the user manager from a new scope to ensure it fetches fresh data
        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<DevConnectUser>>();
        return await ValidateSecurityStampAsync(userManager, authenticationState.User);
    }

    private async Task<bool> ValidateSecurityStampAsync(UserManager<DevConnectUser> userManager, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }
        else if (!userManager.SupportsUserSecurityStamp)
        {
            return true;
        }
        else
        {
            var principalStamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
            var userStamp = await userManager.GetSecurityStampAsync(user);
            return principalStamp == userStamp;
        }
    }
}

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
// It does what Blazor's RevalidatingServerAuthenticationStateProvider does, but ends its loop without an exception.
// Every prerendered request of a signed-in member also hands this provider the member's state, which starts the loop;
// the request's scope then ends long before the first check, and the framework's loop left it through a
// TaskCanceledException: one thrown and caught per signed-in page (dotnet-counters counted 1,187 a second).
internal sealed class IdentityRevalidatingAuthenticationStateProvider : ServerAuthenticationStateProvider, IDisposable
{
    private readonly ILogger _logger;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IOptions<IdentityOptions> _options;
    private readonly IOptions<UserSessionOptions> _sessionOptions;
    private readonly UserSessionService _sessions;
    private CancellationTokenSource _loop = new();

    public IdentityRevalidatingAuthenticationStateProvider(
        ILogger<IdentityRevalidatingAuthenticationStateProvider> logger,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> options,
        IOptions<UserSessionOptions> sessionOptions,
        UserSessionService sessions)
    {
        (_logger, _scopeFactory, _options, _sessionOptions, _sessions) = (logger, scopeFactory, options, sessionOptions, sessions);
        AuthenticationStateChanged += Restart;
    }

    // At least a second: zero would make the loop spin.
    private TimeSpan RevalidationInterval => TimeSpan.FromTicks(Math.Max(_sessionOptions.Value.ValidationInterval.Ticks, TimeSpan.TicksPerSecond));

    public void Dispose() => _loop.Cancel();

    // A new state (signing in, or this provider signing the tab out) replaces the loop that checked the old one.
    private void Restart(Task<AuthenticationState> state)
    {
        var next = new CancellationTokenSource();
        var previous = Interlocked.Exchange(ref _loop, next);
        previous.Cancel();
        previous.Dispose();
        _ = RevalidateAsync(state, next.Token);
    }

    private async Task RevalidateAsync(Task<AuthenticationState> stateTask, CancellationToken ct)
    {
        try
        {
            var state = await stateTask;
            if (!state.User.Identities.Any(static i => i.IsAuthenticated))
            {
                return;
            }

            while (true)
            {
                // Cancellation is the usual way out (the scope ended): awaited without throwing.
                await Task.Delay(RevalidationInterval, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
                if (ct.IsCancellationRequested)
                {
                    return;
                }

                if (!await ValidateAuthenticationStateAsync(state, ct))
                {
                    SignOutHere();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Cancelled during a check: the scope ended.
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "An error occurred while revalidating authentication state");
            SignOutHere();
        }
    }

    private void SignOutHere() => SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));

    private async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // Resuming (rather than only asking) also keeps "last seen" current for a tab left open for hours.
        if (SessionTicketStore.SessionIdOf(authenticationState.User) is not { } sessionId
            || await _sessions.ResumeAsync(sessionId, cancellationToken) is null)
        {
            return false;
        }

        // Get the user manager from a new scope to ensure it fetches fresh data
        await using var scope = _scopeFactory.CreateAsyncScope();
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
            var principalStamp = principal.FindFirstValue(_options.Value.ClaimsIdentity.SecurityStampClaimType);
            var userStamp = await userManager.GetSecurityStampAsync(user);
            return principalStamp == userStamp;
        }
    }
}

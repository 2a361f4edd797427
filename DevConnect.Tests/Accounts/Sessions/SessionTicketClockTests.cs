using System.Security.Claims;
using DevConnect.App.Components.Account.Sessions;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Accounts.Sessions;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace DevConnect.Tests.Accounts.Sessions;

/// <summary>A sign-in ticket that carries no expiry of its own lasts 14 days by the domain's clock, not the machine's.</summary>
public sealed class SessionTicketClockTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2031, 3, 4, 10, 30, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync(clock: _clock);

    public ValueTask DisposeAsync() => _domain.DisposeAsync();

    [Fact]
    public async Task A_ticket_without_an_expiry_is_honoured_for_fourteen_days_of_the_clock_and_not_after()
    {
        var member = await _domain.CreateMemberAsync("Ticket Holder");
        var stamp = await _domain.InScopeAsync<UserManager<DevConnectUser>, string>(async users => (await users.FindByIdAsync(member))!.SecurityStamp!);
        var identity = new IdentityOptions();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(identity.ClaimsIdentity.UserIdClaimType, member), new Claim(identity.ClaimsIdentity.SecurityStampClaimType, stamp)], "test"));
        var store = new SessionTicketStore(_domain.Get<UserSessionService>(), identity, _clock);

        var key = await store.StoreAsync(new AuthenticationTicket(principal, new AuthenticationProperties(), IdentityConstants.ApplicationScheme));

        _clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        Assert.NotNull(await store.RetrieveAsync(key));
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await store.RetrieveAsync(key));
    }
}

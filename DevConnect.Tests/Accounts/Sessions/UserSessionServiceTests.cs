using DevConnect.Domain.Accounts;
using DevConnect.Domain.Accounts.Sessions;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Accounts.Sessions;

/// <summary>The server-side session record over a real SQLite file: what ends a session, and what it costs to use one.</summary>
public sealed class UserSessionServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _start = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(_start);
    private DomainHarness _domain = default!;

    private UserSessionService Sessions => _domain.Get<UserSessionService>();

    public async ValueTask InitializeAsync() =>
        _domain = await DomainHarness.StartAsync(settings: new Dictionary<string, string?> { ["Sessions:LastSeenWriteInterval"] = "00:05:00" }, clock: _clock);

    public ValueTask DisposeAsync() => _domain.DisposeAsync();

    private Task<DevConnectUser> UserAsync(string userId) =>
        _domain.InScopeAsync<UserManager<DevConnectUser>, DevConnectUser>(async users => (await users.FindByIdAsync(userId))!);

    private async Task<string> SignInAsync(string userId, string userAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
    {
        var user = await UserAsync(userId);
        var id = UserSessionService.NewId();
        await Sessions.StartAsync(id, new SessionTicket(userId, user.SecurityStamp!, _start.UtcDateTime.AddDays(14), [1, 2, 3]), userAgent, "203.0.113.7");
        return id;
    }

    [Fact]
    public async Task A_session_gives_back_its_ticket_until_it_is_ended()
    {
        var member = await _domain.CreateMemberAsync("Ada Session");
        var session = await SignInAsync(member);

        Assert.Equal([1, 2, 3], await Sessions.ResumeAsync(session));

        await Sessions.EndAsync(session);

        Assert.Null(await Sessions.ResumeAsync(session));
        Assert.False(await Sessions.IsActiveAsync(session));
        Assert.Empty(await Sessions.ListAsync(member));
    }

    [Fact]
    public async Task A_session_is_over_once_its_ticket_expires()
    {
        var session = await SignInAsync(await _domain.CreateMemberAsync("Ada Expiry"));

        _clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromSeconds(1));

        Assert.Null(await Sessions.ResumeAsync(session));
    }

    [Fact]
    public async Task Last_seen_is_written_at_most_once_per_interval()
    {
        var member = await _domain.CreateMemberAsync("Ada Browsing");
        var session = await SignInAsync(member);

        _clock.Advance(TimeSpan.FromMinutes(4));
        await Sessions.ResumeAsync(session);
        var afterFourMinutes = Assert.Single(await Sessions.ListAsync(member)).LastSeenAtUtc;
        _clock.Advance(TimeSpan.FromMinutes(2));
        await Sessions.ResumeAsync(session);
        var afterSixMinutes = Assert.Single(await Sessions.ListAsync(member)).LastSeenAtUtc;

        Assert.Equal(_start.UtcDateTime, afterFourMinutes);
        Assert.Equal(_start.UtcDateTime.AddMinutes(6), afterSixMinutes);
    }

    [Fact]
    public async Task Changing_the_password_ends_every_session_of_that_member_and_nobody_elses()
    {
        var member = await _domain.CreateMemberAsync("Ada Password");
        var someoneElse = await _domain.CreateMemberAsync("Grace Untouched");
        var laptop = await SignInAsync(member);
        var phone = await SignInAsync(member);
        var theirs = await SignInAsync(someoneElse);

        var changed = await _domain.InScopeAsync<UserManager<DevConnectUser>, IdentityResult>(async users =>
            await users.ChangePasswordAsync((await users.FindByIdAsync(member))!, "a long enough passphrase", "a brand new passphrase"));

        Assert.True(changed.Succeeded);
        Assert.Null(await Sessions.ResumeAsync(laptop));
        Assert.Null(await Sessions.ResumeAsync(phone));
        Assert.Empty(await Sessions.ListAsync(member));
        Assert.NotNull(await Sessions.ResumeAsync(theirs));
    }

    [Fact]
    public async Task Changing_the_email_ends_every_session()
    {
        var member = await _domain.CreateMemberAsync("Ada Email");
        var session = await SignInAsync(member);

        var changed = await _domain.InScopeAsync<UserManager<DevConnectUser>, IdentityResult>(async users =>
            await users.SetEmailAsync((await users.FindByIdAsync(member))!, $"{Guid.NewGuid():N}@example.org"));

        Assert.True(changed.Succeeded);
        Assert.False(await Sessions.IsActiveAsync(session));
    }

    [Fact]
    public async Task Locking_an_account_ends_every_session_and_keeps_it_locked()
    {
        var member = await _domain.CreateMemberAsync("Ada Locked");
        var session = await SignInAsync(member);

        Assert.True(await _domain.InScopeAsync<AccountLockService, bool>(locks => locks.LockAsync(member, DateTimeOffset.UtcNow.AddDays(1))));

        Assert.False(await Sessions.IsActiveAsync(session));
        Assert.True(await _domain.InScopeAsync<UserManager<DevConnectUser>, bool>(async users => await users.IsLockedOutAsync((await users.FindByIdAsync(member))!)));
    }

    [Fact]
    public async Task A_member_can_end_their_own_sessions_only()
    {
        var member = await _domain.CreateMemberAsync("Ada Owner");
        var intruder = await _domain.CreateMemberAsync("Eve Intruder");
        var session = await SignInAsync(member);

        Assert.False(await Sessions.EndAsync(intruder, session));
        Assert.True(await Sessions.IsActiveAsync(session));
        Assert.True(await Sessions.EndAsync(member, session));
        Assert.False(await Sessions.IsActiveAsync(session));
    }

    [Fact]
    public async Task Ending_the_other_sessions_keeps_this_one_and_lists_it_with_its_device()
    {
        var member = await _domain.CreateMemberAsync("Ada Devices");
        var here = await SignInAsync(member, "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15");
        await SignInAsync(member);
        await SignInAsync(member);

        Assert.Equal(2, await Sessions.EndOthersAsync(member, here));

        var left = Assert.Single(await Sessions.ListAsync(member));
        Assert.Equal(here, left.Id);
        Assert.Equal("Safari on macOS", left.Device);
        Assert.Equal("203.0.113.7", left.IpAddress);
    }

    [Fact]
    public async Task Signing_in_over_someone_elses_session_cookie_ends_it_rather_than_moving_either_account()
    {
        var planter = await _domain.CreateMemberAsync("Eve Planter");
        var victim = await UserAsync(await _domain.CreateMemberAsync("Ada Victim"));
        var planted = await SignInAsync(planter);

        await Sessions.RenewAsync(planted, new SessionTicket(victim.Id, victim.SecurityStamp!, _start.UtcDateTime.AddDays(14), [9, 9, 9]));

        // Neither the planter's copy of the cookie nor the browser it was planted in opens an account any more.
        Assert.Null(await Sessions.ResumeAsync(planted));
        Assert.Empty(await Sessions.ListAsync(victim.Id));
        Assert.Empty(await Sessions.ListAsync(planter));
    }

    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge on Windows")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "Chrome on Android")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari on iOS")]
    [InlineData("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox on Linux")]
    [InlineData("curl/8.5.0", DeviceDescription.Unknown)]
    [InlineData("", DeviceDescription.Unknown)]
    public void A_user_agent_reads_as_browser_on_system(string userAgent, string expected) =>
        Assert.Equal(expected, DeviceDescription.FromUserAgent(userAgent));
}

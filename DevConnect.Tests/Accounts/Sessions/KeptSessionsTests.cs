using DevConnect.Domain.Accounts;
using DevConnect.Domain.Accounts.Sessions;
using DevConnect.Domain.Live;
using DevConnect.Domain.Moderation;
using DevConnect.Domain.Persistence;
using DevConnect.Tests.Infrastructure;
using DevConnect.Tests.Moderation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DevConnect.Tests.Accounts.Sessions;

/// <summary>
/// A server keeps the sessions it resumed, so a signed-in page does not ask the database who is signed in; every way
/// a session ends still shows on the very next request, here and, once the news arrives, on the other servers.
/// </summary>
public sealed class KeptSessionsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(_start);
    private DomainHarness _domain = default!;

    private UserSessionService Sessions => _domain.Get<UserSessionService>();

    public async ValueTask InitializeAsync() =>
        _domain = await DomainHarness.StartAsync(settings: new Dictionary<string, string?> { ["Sessions:LastSeenWriteInterval"] = "00:00:10" }, clock: _clock);

    public ValueTask DisposeAsync() => _domain.DisposeAsync();

    /// <summary>A session started and resumed once, so this server keeps it.</summary>
    private async Task<string> KeptSessionAsync(string userId, UserSessionService? on = null)
    {
        var stamp = await _domain.InScopeAsync<UserManager<DevConnectUser>, string>(async users => (await users.FindByIdAsync(userId))!.SecurityStamp!);
        var id = UserSessionService.NewId();
        await Sessions.StartAsync(id, new SessionTicket(userId, stamp, _start.UtcDateTime.AddDays(14), [1, 2, 3]), "Firefox", "203.0.113.7");
        Assert.NotNull(await (on ?? Sessions).ResumeAsync(id));
        return id;
    }

    [Fact]
    public async Task A_kept_session_is_over_on_the_next_request_after_logging_out_or_ending_the_others()
    {
        var member = await _domain.CreateMemberAsync("Ada Kept");
        var loggedOut = await KeptSessionAsync(member);
        var here = await KeptSessionAsync(member);
        var other = await KeptSessionAsync(member);

        await Sessions.EndAsync(loggedOut);
        Assert.Null(await Sessions.ResumeAsync(loggedOut));

        Assert.Equal(1, await Sessions.EndOthersAsync(member, here));
        Assert.Null(await Sessions.ResumeAsync(other));
        Assert.NotNull(await Sessions.ResumeAsync(here));
    }

    [Fact]
    public async Task A_new_password_ends_the_kept_sessions_of_that_member_and_nobody_elses()
    {
        var member = await _domain.CreateMemberAsync("Ada Password Kept");
        var someoneElse = await _domain.CreateMemberAsync("Grace Kept");
        var laptop = await KeptSessionAsync(member);
        var theirs = await KeptSessionAsync(someoneElse);

        var changed = await _domain.InScopeAsync<UserManager<DevConnectUser>, IdentityResult>(async users =>
            await users.ChangePasswordAsync((await users.FindByIdAsync(member))!, "a long enough passphrase", "a brand new passphrase"));

        Assert.True(changed.Succeeded);
        Assert.Null(await Sessions.ResumeAsync(laptop));
        Assert.NotNull(await Sessions.ResumeAsync(theirs));
    }

    [Fact]
    public async Task A_suspension_ends_the_kept_session_once_its_transaction_commits()
    {
        var moderator = await ModerationSetup.ModeratorAsync(_domain);
        var member = await _domain.CreateMemberAsync("Eve Kept");
        var session = await KeptSessionAsync(member);

        var suspended = await _domain.Get<MemberModerationService>().SuspendAsync(moderator, member, TimeSpan.FromDays(7), "Selling followers");

        Assert.True(suspended.Succeeded);
        Assert.Null(await Sessions.ResumeAsync(session));
    }

    [Fact]
    public async Task Deleting_the_account_ends_its_kept_session()
    {
        var member = await _domain.CreateMemberAsync("Ada Leaving");
        var session = await KeptSessionAsync(member);

        var deleted = await _domain.InScopeAsync<UserManager<DevConnectUser>, IdentityResult>(async users =>
            await users.DeleteAsync((await users.FindByIdAsync(member))!));

        Assert.True(deleted.Succeeded);
        Assert.Null(await Sessions.ResumeAsync(session));
    }

    [Fact]
    public async Task A_session_ended_on_another_server_is_refused_there_once_the_news_arrives()
    {
        // A second server: its own kept sessions, the same hub and database.
        using var keptThere = new KeptSessions(_domain.Get<ILiveEvents>(), _clock, _domain.Get<IOptions<UserSessionOptions>>());
        var there = ActivatorUtilities.CreateInstance<UserSessionService>(_domain.Services, keptThere);
        var member = await _domain.CreateMemberAsync("Ada Elsewhere");
        var session = await KeptSessionAsync(member, on: there);
        await LiveProbe.DeliveredSoFarAsync(_domain.Get<ILiveEvents>());

        Assert.True(await Sessions.EndAsync(member, session));

        await Patience.UntilAsync(async () => await there.ResumeAsync(session) is null, "the other server kept honouring an ended session");
    }

    [Fact]
    public async Task A_change_that_announces_nothing_is_seen_once_the_kept_session_is_older_than_its_bound()
    {
        var session = await KeptSessionAsync(await _domain.CreateMemberAsync("Ada By Hand"));

        // Ended straight in the database, as no service does: nothing tells the kept session.
        await using (var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync())
        {
            await db.UserSessions.Where(s => s.Id == session).ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAtUtc, _start.UtcDateTime));
        }

        Assert.NotNull(await Sessions.ResumeAsync(session));
        _clock.Advance(new UserSessionOptions().KeptFor + TimeSpan.FromSeconds(1));
        Assert.Null(await Sessions.ResumeAsync(session));
    }

    [Fact]
    public async Task A_kept_session_still_ends_with_its_ticket_and_still_notes_when_it_was_seen()
    {
        var member = await _domain.CreateMemberAsync("Ada Seen");
        var session = await KeptSessionAsync(member);

        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.NotNull(await Sessions.ResumeAsync(session));
        Assert.Equal(_start.UtcDateTime.AddSeconds(20), Assert.Single(await Sessions.ListAsync(member)).LastSeenAtUtc);

        _clock.Advance(TimeSpan.FromDays(14));
        Assert.Null(await Sessions.ResumeAsync(session));
    }
}

using DevConnect.Domain.Accounts.Sessions;
using DevConnect.Domain.Moderation;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Moderation;

/// <summary>What a suspension does to a member's account, sessions and content, and how it ends.</summary>
public sealed class SuspensionTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;
    private string _member = "";
    private string _moderator = "";
    private int _project;

    private MemberModerationService Members => _domain.Get<MemberModerationService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(clock: _clock);
        _member = await _domain.CreateMemberAsync("Sly Spammer");
        _moderator = await ModerationSetup.ModeratorAsync(_domain);
        _project = await ModerationSetup.PostAsync(_domain, _member, "Cheap Followers");
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task A_suspended_member_loses_their_sessions_and_their_project_and_profile_leave_feed_and_directory()
    {
        var sessions = _domain.Get<UserSessionService>();
        var stamp = await StampAsync();
        await sessions.StartAsync("session-1", new SessionTicket(_member, stamp, _clock.GetUtcNow().UtcDateTime.AddDays(14), [1, 2, 3]), "Firefox", "127.0.0.1");
        Assert.True(await sessions.IsActiveAsync("session-1"));

        var result = await Members.SuspendAsync(_moderator, _member, TimeSpan.FromDays(7), "Selling followers");

        Assert.True(result.Succeeded);
        Assert.False(await sessions.IsActiveAsync("session-1"));
        Assert.NotEqual(stamp, await StampAsync());
        Assert.Empty((await _domain.Get<ProjectService>().SearchAsync(new ProjectQuery())).Items);
        Assert.True((await _domain.Get<ProjectService>().GetAsync(_project))!.State.OwnerSuspended);
        Assert.DoesNotContain((await _domain.Get<ProfileService>().SearchAsync(new PeopleQuery())).Items, p => p.DisplayName == "Sly Spammer");
        var suspended = Assert.Single(await _domain.Get<ModerationQueue>().SuspendedAsync(_moderator));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddDays(7), suspended.UntilUtc);
    }

    [Fact]
    public async Task Lifting_a_suspension_brings_the_project_back_and_a_second_lift_is_refused()
    {
        await Members.SuspendAsync(_moderator, _member, null, "Selling followers");

        var lifted = await Members.LiftSuspensionAsync(_moderator, _member);
        var again = await Members.LiftSuspensionAsync(_moderator, _member);

        Assert.True(lifted.Succeeded);
        Assert.Equal(ModerationErrors.NotSuspended, again.Error!.Code);
        Assert.Equal([_project], (await _domain.Get<ProjectService>().SearchAsync(new ProjectQuery())).Items.Select(p => p.Id));
        Assert.Empty(await _domain.Get<ModerationQueue>().SuspendedAsync(_moderator));
    }

    [Fact]
    public async Task A_suspension_for_a_period_ends_by_itself_when_its_time_is_up()
    {
        await Members.SuspendAsync(_moderator, _member, TimeSpan.FromDays(1), "Cool down");

        _clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await Members.LiftExpiredAsync());
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await Members.LiftExpiredAsync());

        Assert.Equal([_project], (await _domain.Get<ProjectService>().SearchAsync(new ProjectQuery())).Items.Select(p => p.Id));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(4000 * 24)]
    public async Task A_suspension_shorter_than_an_hour_or_longer_than_ten_years_is_refused(double hours)
    {
        var result = await Members.SuspendAsync(_moderator, _member, TimeSpan.FromHours(hours), "Odd length");

        Assert.Equal((MemberModerationService.DurationField, ModerationErrors.DurationInvalid), (result.Error!.Field, result.Error.Code));
        Assert.Equal([_project], (await _domain.Get<ProjectService>().SearchAsync(new ProjectQuery())).Items.Select(p => p.Id));
    }

    private async Task<string> StampAsync()
    {
        await using var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Id == _member).Select(u => u.SecurityStamp!).SingleAsync();
    }
}

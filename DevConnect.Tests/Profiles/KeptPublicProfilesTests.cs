using DevConnect.Domain.Live;
using DevConnect.Domain.Moderation;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using DevConnect.Tests.Matching;
using DevConnect.Tests.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Profiles;

/// <summary>
/// A profile page's profile and projects are read once for every visitor, and every change to them (an edit, a new
/// handle, a moderator hiding it, a new project) shows on the very next visit, on this server and on the others.
/// </summary>
public sealed class KeptPublicProfilesTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;

    private KeptPublicProfiles Kept => _domain.Get<KeptPublicProfiles>();

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync(clock: _clock);

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<(string UserId, string Handle)> MemberAsync(string name)
    {
        var userId = await _domain.CreateMemberAsync(name);
        var handle = (await _domain.Get<ProfileEditService>().GetDraftAsync(userId))!.Value.Current.Handle;
        await LiveProbe.DeliveredSoFarAsync(_domain.Get<ILiveEvents>());
        return (userId, handle);
    }

    [Fact]
    public async Task An_edit_and_a_new_handle_show_on_the_next_visit()
    {
        var (member, handle) = await MemberAsync("Ada Kept Profile");
        Assert.Equal("Ada Kept Profile", (await Kept.GetAsync(handle))!.DisplayName);

        await MatchingSetup.SetProfileAsync(_domain, member, d => d with { Headline = "Now writing compilers" });
        Assert.Equal("Now writing compilers", (await Kept.GetAsync(handle))!.Headline);

        await MatchingSetup.SetProfileAsync(_domain, member, d => d with { Handle = "ada-compilers" });
        Assert.Null(await Kept.GetAsync(handle));
        Assert.Equal(member, (await Kept.GetAsync("ada-compilers"))!.UserId);
    }

    [Fact]
    public async Task A_profile_a_moderator_hides_is_no_longer_served_as_public()
    {
        var moderator = await ModerationSetup.ModeratorAsync(_domain);
        var (member, handle) = await MemberAsync("Eve Kept Profile");
        Assert.True((await Kept.GetAsync(handle))!.Moderation.IsPublic);

        Assert.True((await _domain.Get<ModerationService>().HideAsync(moderator, DevConnect.Domain.Moderation.ReportedItemKind.Profile, member, "Offensive headline")).Succeeded);

        Assert.False((await Kept.GetAsync(handle))!.Moderation.IsPublic);
    }

    [Fact]
    public async Task An_edit_on_another_server_reaches_the_profile_kept_here()
    {
        // A second server: its own kept profiles, the same hub and database.
        using var keptHere = new KeptPublicProfiles(_domain.Get<ProfileService>(), _domain.Get<ILiveEvents>(), _clock);
        var (member, handle) = await MemberAsync("Grace Elsewhere");
        Assert.Null((await keptHere.GetAsync(handle))!.Headline);

        await MatchingSetup.SetProfileAsync(_domain, member, d => d with { Headline = "Edited on the other server" });

        await Patience.UntilAsync(async () => (await keptHere.GetAsync(handle))!.Headline is not null, "the profile kept here never heard of the edit");
    }

    [Fact]
    public async Task A_change_that_announces_nothing_shows_once_the_kept_profile_is_older_than_its_bound()
    {
        var (member, handle) = await MemberAsync("Linus By Hand");
        Assert.Null((await Kept.GetAsync(handle))!.Headline);

        // Written straight to the database, as no service does: nothing tells the kept profile.
        await using (var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync())
        {
            await db.Profiles.Where(p => p.UserId == member).ExecuteUpdateAsync(u => u.SetProperty(p => p.Headline, "Set by hand"));
        }

        Assert.Null((await Kept.GetAsync(handle))!.Headline);
        _clock.Advance(SharedProjectReads.MaxAge + TimeSpan.FromSeconds(1));
        Assert.Equal("Set by hand", (await Kept.GetAsync(handle))!.Headline);
    }

    [Fact]
    public async Task A_members_public_projects_follow_every_project_they_post_or_delete()
    {
        var (member, _) = await MemberAsync("Margaret Owner");
        var reads = _domain.Get<SharedProjectReads>();
        Assert.Empty(await reads.PublicByOwnerAsync(member));

        var first = await MatchingSetup.ProjectAsync(_domain, member, "Kept Lander", ["rust"]);
        Assert.Equal([first], (await reads.PublicByOwnerAsync(member)).Select(p => p.Id));

        Assert.True((await _domain.Get<ProjectService>().DeleteAsync(member, first)).Succeeded);
        Assert.Empty(await reads.PublicByOwnerAsync(member));
    }
}

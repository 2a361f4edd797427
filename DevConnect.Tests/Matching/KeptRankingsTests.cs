using DevConnect.Domain.Applications;
using DevConnect.Domain.Live;
using DevConnect.Domain.Matching;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Safety;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Matching;

/// <summary>
/// A member's ranking is kept between the pages they open, and everything the member does that changes it (applying,
/// editing their profile, dismissing, blocking) shows on the very next page, on this server and on the others.
/// </summary>
public sealed class KeptRankingsTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;
    private string _owner = "";
    private string _otherOwner = "";

    private MatchingService Matching => _domain.Get<MatchingService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(clock: _clock);
        _owner = await MatchingSetup.MemberAsync(_domain, "Kept Owner", d => d);
        _otherOwner = await MatchingSetup.MemberAsync(_domain, "Other Owner", d => d);
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task A_change_that_announces_nothing_shows_once_the_kept_ranking_is_older_than_its_bound()
    {
        var member = await MatchingSetup.MemberAsync(_domain, "Jun Kept", MatchingSetup.RustJunior);
        var project = await MatchingSetup.ProjectAsync(_domain, _owner, "Kept Crate", ["rust"], juniorFriendly: true, roles: ["backend"]);
        await LiveProbe.DeliveredSoFarAsync(_domain.Get<ILiveEvents>());
        Assert.Equal([project], await SuggestedAsync(Matching, member));

        // Written straight to the database, as no service does: nothing tells the kept ranking.
        await using (var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync())
        {
            db.Add(new MatchDismissal(member, project, _clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        Assert.Equal([project], await SuggestedAsync(Matching, member));
        _clock.Advance(SharedMatchReads.MaxAge + TimeSpan.FromSeconds(1));
        Assert.Empty(await SuggestedAsync(Matching, member));
    }

    [Fact]
    public async Task Applying_editing_the_profile_and_blocking_an_owner_each_show_on_the_next_page()
    {
        var member = await MatchingSetup.MemberAsync(_domain, "Jun Busy", MatchingSetup.RustJunior);
        var applied = await MatchingSetup.ProjectAsync(_domain, _owner, "Applied Crate", ["rust"], juniorFriendly: true, roles: ["backend"]);
        var blocked = await MatchingSetup.ProjectAsync(_domain, _otherOwner, "Blocked Crate", ["rust"], juniorFriendly: true, roles: ["backend"]);
        var pythonista = await MatchingSetup.ProjectAsync(_domain, _owner, "Snake Yard", ["python"], juniorFriendly: true, roles: ["backend"]);
        Assert.DoesNotContain(pythonista, await SuggestedAsync(Matching, member));
        Assert.Contains(applied, await SuggestedAsync(Matching, member));

        var application = await _domain.Get<ApplicationService>().ApplyAsync(member, applied, "backend", "I would love to help with the backend in Rust.");
        Assert.True(application.Succeeded);
        Assert.DoesNotContain(applied, await SuggestedAsync(Matching, member));

        Assert.Contains(blocked, await SuggestedAsync(Matching, member));
        Assert.True((await _domain.Get<BlockService>().BlockAsync(_otherOwner, member)).Succeeded);
        Assert.DoesNotContain(blocked, await SuggestedAsync(Matching, member));

        await MatchingSetup.SetProfileAsync(_domain, member, d => d with { Skills = [new("Python", Domain.Profiles.SkillLevel.Comfortable)] });
        Assert.Contains(pythonista, await SuggestedAsync(Matching, member));
    }

    [Fact]
    public async Task A_dismissal_made_on_another_server_reaches_the_ranking_kept_here()
    {
        var member = await MatchingSetup.MemberAsync(_domain, "Jun Travelling", MatchingSetup.RustJunior);
        var project = await MatchingSetup.ProjectAsync(_domain, _owner, "Roaming Crate", ["rust"], juniorFriendly: true, roles: ["backend"]);
        // A second server: its own kept rankings and project version, the same hub and database.
        using var keptHere = new KeptRankings(_domain.Get<ILiveEvents>(), new ProjectChangeVersion(), _clock);
        var here = ActivatorUtilities.CreateInstance<MatchingService>(_domain.Services, keptHere);
        Assert.Equal([project], await SuggestedAsync(here, member));

        Assert.True((await Matching.DismissAsync(member, project)).Succeeded);

        await Patience.UntilAsync(async () => (await SuggestedAsync(here, member)).Count == 0, "the other server kept suggesting the dismissed project");
    }

    private static async Task<List<int>> SuggestedAsync(MatchingService matching, string member) =>
        (await matching.ForYouAsync(member, 3)).Items.Select(i => i.Card.Id).ToList();
}

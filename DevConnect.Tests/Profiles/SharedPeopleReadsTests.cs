using DevConnect.Domain.Live;
using DevConnect.Domain.Profiles;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Profiles;

/// <summary>The home page's newest members, read once for every visitor: when they are read again, and when not.</summary>
public sealed class SharedPeopleReadsTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;

    private SharedPeopleReads People => _domain.Get<SharedPeopleReads>();

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync(clock: _clock);

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<IReadOnlyList<string>> NamesAsync() => [.. (await People.HomeAsync()).Newest.Select(p => p.DisplayName)];

    [Fact]
    public async Task A_new_account_reaches_the_home_page_within_thirty_seconds_since_opening_one_publishes_nothing()
    {
        await _domain.CreateMemberAsync("Ada Early");
        Assert.Equal(["Ada Early"], await NamesAsync());

        await _domain.CreateMemberAsync("Grace Later");
        Assert.Equal(["Ada Early"], await NamesAsync());
        Assert.Equal(1, (await People.HomeAsync()).ListedCount);

        _clock.Advance(SharedPeopleReads.MaxAge);
        Assert.Equal(["Grace Later", "Ada Early"], await NamesAsync());
        Assert.Equal(2, (await People.HomeAsync()).ListedCount);
    }

    [Fact]
    public async Task A_home_page_served_while_the_demo_data_was_seeded_does_not_keep_the_empty_list()
    {
        Assert.Empty(await NamesAsync());

        await _domain.Get<DevConnect.Domain.Seeding.DemoDataSeeder>().SeedAsync(TestContext.Current.CancellationToken);

        var home = await People.HomeAsync();
        Assert.Equal(SharedPeopleReads.NewestShown, home.Newest.Count);
        Assert.True(home.ListedCount > SharedPeopleReads.NewestShown);
    }

    [Fact]
    public async Task A_saved_profile_heard_from_any_server_is_read_again_at_once()
    {
        await _domain.CreateMemberAsync("Ada Early");
        Assert.Equal(["Ada Early"], await NamesAsync());
        var grace = await _domain.CreateMemberAsync("Grace Later");

        await _domain.Get<ILiveEvents>().PublishAsync(LiveKeys.People, new ProfileUpdated(grace, "grace-later"));

        var deadline = DateTime.UtcNow + Patience.Wait;
        while ((await NamesAsync()).Count < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "the newest members were never read again");
            await Task.Delay(20);
        }

        Assert.Equal(["Grace Later", "Ada Early"], await NamesAsync());
    }

    [Fact]
    public async Task The_directory_shows_a_saved_skill_on_the_next_search_and_a_new_account_within_thirty_seconds()
    {
        var rust = new PeopleQuery { Skills = ["rust"] };
        var ada = await _domain.CreateMemberAsync("Ada Directory");
        await LiveProbe.DeliveredSoFarAsync(_domain.Get<ILiveEvents>());
        Assert.Empty((await People.SearchAsync(rust)).Items);

        await DevConnect.Tests.Matching.MatchingSetup.SetProfileAsync(_domain, ada, d => d with { Skills = [new SkillDraft("Rust", SkillLevel.Comfortable)] });
        await Patience.UntilAsync(async () => (await People.SearchAsync(rust)).Items.Count == 1, "the saved skill never reached the directory");

        var everyone = (await People.SearchAsync(new PeopleQuery())).Total;
        await _domain.CreateMemberAsync("Grace Directory");
        Assert.Equal(everyone, (await People.SearchAsync(new PeopleQuery())).Total);
        _clock.Advance(SharedPeopleReads.MaxAge);
        Assert.Equal(everyone + 1, (await People.SearchAsync(new PeopleQuery())).Total);
    }
}

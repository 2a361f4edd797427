using DevConnect.Domain.Live;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Profiles;

public sealed class ProfileServiceTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;

    private ProfileService Profiles => _domain.Get<ProfileService>();

    private ProfileEditService Editing => _domain.Get<ProfileEditService>();

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync();

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<(string UserId, ProfileDraft Draft, Guid Version, string Handle)> Member(string name)
    {
        var userId = await _domain.CreateMemberAsync(name);
        var (draft, version, current) = (await Editing.GetDraftAsync(userId))!.Value;
        return (userId, draft, version, current.Handle);
    }

    private static ProfileDraft Complete(ProfileDraft draft) => draft with
    {
        Headline = "Backend developer who loves databases",
        Bio = "I like **SQL** and *pairing*.",
        Location = "Lyon, France",
        TimeZone = "Europe/Paris",
        Level = ExperienceLevel.Intermediate,
        HoursPerWeek = 6,
        PreferredCommitment = Commitment.LongTerm,
        OpenToMentoring = true,
        Skills = [new SkillDraft("C#", SkillLevel.Expert), new SkillDraft("postgres", SkillLevel.Comfortable)],
        Experiences = [new ExperienceDraft { Title = "Developer", Organisation = "Blue Harbour", Start = new DateOnly(2022, 3, 1), IsCurrent = true }],
        Education = [new EducationDraft { School = "INSA Lyon", Degree = "Master", Field = "Computer science", Start = new DateOnly(2016, 9, 1), End = new DateOnly(2021, 6, 1) }],
        Links = [new LinkDraft(LinkKind.GitHub, "https://github.com/someone"), new LinkDraft(LinkKind.Mastodon, "https://mastodon.social/@someone")],
    };

    [Fact]
    public async Task A_member_saves_a_full_profile_and_everyone_reads_it_back()
    {
        var me = await Member("Zoe Saver");

        var result = await Editing.UpdateAsync(me.UserId, me.Handle, me.Version, Complete(me.Draft));

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        var view = (await Profiles.GetPublicAsync(me.Handle))!;
        Assert.Equal("Backend developer who loves databases", view.Headline);
        Assert.Equal([("C#", SkillLevel.Expert), ("PostgreSQL", SkillLevel.Comfortable)], view.Skills.Select(s => (s.Tag.Label, s.Level)));
        Assert.True(Assert.Single(view.Experiences).IsCurrent);
        Assert.Equal("INSA Lyon", Assert.Single(view.Education).School);
        Assert.Equal([LinkKind.GitHub, LinkKind.Mastodon], view.Links.Select(l => l.Kind));
        Assert.Equal("Europe/Paris", view.TimeZone);
    }

    [Fact]
    public async Task Nobody_can_edit_someone_elses_profile_through_the_service()
    {
        var victim = await Member("Victim Person");
        var intruder = await Member("Intruder Person");

        var result = await Editing.UpdateAsync(intruder.UserId, victim.Handle, victim.Version, victim.Draft with { Headline = "hacked" });

        Assert.Equal(ProfileErrors.NotYours, Assert.Single(result.Errors).Code);
        Assert.Null((await Profiles.GetPublicAsync(victim.Handle))!.Headline);
    }

    [Fact]
    public async Task A_save_from_an_outdated_tab_is_refused()
    {
        var me = await Member("Two Tabs");
        Assert.True((await Editing.UpdateAsync(me.UserId, me.Handle, me.Version, me.Draft with { Headline = "from tab one" })).Succeeded);

        var late = await Editing.UpdateAsync(me.UserId, me.Handle, me.Version, me.Draft with { Headline = "from tab two" });

        Assert.Equal(ProfileErrors.Conflict, Assert.Single(late.Errors).Code);
        Assert.Equal("from tab one", (await Profiles.GetPublicAsync(me.Handle))!.Headline);
    }

    [Fact]
    public async Task Taking_someone_elses_handle_is_refused_at_the_handle_field()
    {
        var first = await Member("First Handle");
        var second = await Member("Second Handle");

        var result = await Editing.UpdateAsync(second.UserId, second.Handle, second.Version, second.Draft with { Handle = first.Handle.ToUpperInvariant() });

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Handle", ProfileErrors.HandleTaken), (error.Field, error.Code));
    }

    [Fact]
    public async Task Changing_the_handle_moves_the_public_address_and_tells_open_pages()
    {
        var me = await Member("Mover Person");
        using var openPage = new LiveProbe<ProfileUpdated>(_domain.Get<ILiveEvents>(), LiveKeys.Profile(me.UserId));

        await Editing.UpdateAsync(me.UserId, me.Handle, me.Version, me.Draft with { Handle = "moved-person" });

        Assert.Null(await Profiles.GetPublicAsync(me.Handle));
        Assert.NotNull(await Profiles.GetPublicAsync("moved-person"));
        Assert.Equal([new ProfileUpdated(me.UserId, "moved-person")], await openPage.WaitForAsync());
    }

    public static TheoryData<string, string> FieldErrors => new()
    {
        { "Headline", nameof(ProfileDraft.Headline) },
        { "Bio", nameof(ProfileDraft.Bio) },
        { "Location", nameof(ProfileDraft.Location) },
        { "TimeZone", nameof(ProfileDraft.TimeZone) },
        { "HoursPerWeek", nameof(ProfileDraft.HoursPerWeek) },
        { "DisplayName", nameof(ProfileDraft.DisplayName) },
        { "Experiences[0].Title", "ExperienceTitle" },
        { "Experiences[0].End", "ExperienceDates" },
        { "Education[0].School", "EducationSchool" },
        { "Skills", "Skills" },
        { "Avatar", "Avatar" },
    };

    [Theory]
    [MemberData(nameof(FieldErrors))]
    public async Task Each_bad_field_is_reported_where_it_is_and_nothing_is_saved(string field, string what)
    {
        var me = await Member("Field Checker");
        var draft = what switch
        {
            nameof(ProfileDraft.Headline) => me.Draft with { Headline = new string('h', 121) },
            nameof(ProfileDraft.Bio) => me.Draft with { Bio = new string('b', ProfileRules.BioMaxLength + 1) },
            nameof(ProfileDraft.Location) => me.Draft with { Location = new string('l', 81) },
            nameof(ProfileDraft.TimeZone) => me.Draft with { TimeZone = "Mars/Olympus_Mons" },
            nameof(ProfileDraft.HoursPerWeek) => me.Draft with { HoursPerWeek = 0 },
            nameof(ProfileDraft.DisplayName) => me.Draft with { DisplayName = " " },
            "ExperienceTitle" => me.Draft with { Experiences = [new ExperienceDraft { Organisation = "Org", Start = new DateOnly(2020, 1, 1), IsCurrent = true }] },
            "ExperienceDates" => me.Draft with { Experiences = [new ExperienceDraft { Title = "Dev", Organisation = "Org", Start = new DateOnly(2022, 5, 1), End = new DateOnly(2021, 1, 1) }] },
            "EducationSchool" => me.Draft with { Education = [new EducationDraft { Degree = "BSc" }] },
            "Skills" => me.Draft with { Skills = Enumerable.Range(0, 21).Select(i => new SkillDraft($"skill-{i}", SkillLevel.Learning)).ToList() },
            _ => me.Draft with { AvatarPath = "../../etc/passwd" },
        };

        var result = await Editing.UpdateAsync(me.UserId, me.Handle, me.Version, draft);

        Assert.Equal(field, Assert.Single(result.Errors).Field);
        Assert.Equal(me.Version, (await Editing.GetDraftAsync(me.UserId))!.Value.Version);
    }

    [Theory]
    [InlineData(LinkKind.GitHub, "https://github.com/octocat", true)]
    [InlineData(LinkKind.GitHub, "https://github.com/octocat/hello-world", false)]
    [InlineData(LinkKind.GitHub, "http://github.com/octocat", false)]
    [InlineData(LinkKind.GitLab, "https://gitlab.com/someone", true)]
    [InlineData(LinkKind.GitLab, "https://github.com/someone", false)]
    [InlineData(LinkKind.LinkedIn, "https://www.linkedin.com/in/someone", true)]
    [InlineData(LinkKind.LinkedIn, "https://fr.linkedin.com/in/someone", true)]
    [InlineData(LinkKind.LinkedIn, "https://linkedin.com.evil.example/in/someone", false)]
    [InlineData(LinkKind.StackOverflow, "https://stackoverflow.com/users/22656/jon-skeet", true)]
    [InlineData(LinkKind.StackOverflow, "https://stackoverflow.com/questions/1", false)]
    [InlineData(LinkKind.Mastodon, "https://mastodon.social/@someone", true)]
    [InlineData(LinkKind.Mastodon, "https://mastodon.social/someone", false)]
    [InlineData(LinkKind.X, "https://x.com/someone", true)]
    [InlineData(LinkKind.X, "https://twitter.com/someone", true)]
    [InlineData(LinkKind.Website, "https://someone.dev/blog", true)]
    [InlineData(LinkKind.Website, "javascript:alert(1)", false)]
    [InlineData(LinkKind.Other, "https://user:pass@example.com", false)]
    [InlineData(LinkKind.Other, "ftp://example.com/file", false)]
    public void Links_are_https_and_fit_their_kind(LinkKind kind, string url, bool accepted) =>
        Assert.Equal(accepted, ProfileRules.NormalizeLink(new LinkDraft(kind, url)) is not null);

    [Fact]
    public async Task The_directory_filters_by_skill_level_availability_mentoring_and_words()
    {
        var rustacean = await Member("Rusty Mentor");
        var newcomer = await Member("Newcomer Person");
        await Editing.UpdateAsync(rustacean.UserId, rustacean.Handle, rustacean.Version, rustacean.Draft with
        {
            Level = ExperienceLevel.Senior, OpenToMentoring = true, Skills = [new SkillDraft("rust", SkillLevel.Expert)], Bio = "Compilers and lighthouses.",
        });
        await Editing.UpdateAsync(newcomer.UserId, newcomer.Handle, newcomer.Version, newcomer.Draft with
        {
            Level = ExperienceLevel.Junior, LookingForMentor = true, OpenToCollaborate = false, Skills = [new SkillDraft("go", SkillLevel.Learning)],
        });

        Task<string[]> Names(PeopleQuery q) => Profiles.SearchAsync(q).ContinueWith(t => t.Result.Items.Select(p => p.DisplayName).ToArray());

        Assert.Equal(["Rusty Mentor"], await Names(new PeopleQuery { Skills = ["Rust"] }));
        Assert.Equal(["Newcomer Person"], await Names(new PeopleQuery { Levels = [ExperienceLevel.Junior] }));
        Assert.Equal(["Rusty Mentor"], await Names(new PeopleQuery { Mentoring = MentoringFilter.Offers }));
        Assert.Equal(["Newcomer Person"], await Names(new PeopleQuery { Mentoring = MentoringFilter.Seeks }));
        Assert.Equal(["Rusty Mentor"], await Names(new PeopleQuery { OpenToCollaborateOnly = true }));
        Assert.Equal(["Rusty Mentor"], await Names(new PeopleQuery { Text = "lighthouse" }));
        Assert.Equal(["Newcomer Person"], await Names(new PeopleQuery { Text = "newcomer" }));
    }

    [Fact]
    public async Task Hiding_from_the_directory_keeps_the_public_page()
    {
        var me = await Member("Quiet Person");

        await Editing.UpdateAsync(me.UserId, me.Handle, me.Version, me.Draft with { IsListedInDirectory = false });

        Assert.Empty((await Profiles.SearchAsync(new PeopleQuery { Text = "quiet" })).Items);
        Assert.NotNull(await Profiles.GetPublicAsync(me.Handle));
    }
}

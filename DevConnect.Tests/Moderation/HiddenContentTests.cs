using DevConnect.Domain.Applications;
using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Moderation;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Moderation;

/// <summary>What a hidden item looks like to everyone: gone for others, explained to its author, back when restored.</summary>
public sealed class HiddenContentTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;
    private string _owner = "";
    private string _moderator = "";

    private ModerationService Moderation => _domain.Get<ModerationService>();

    private ProjectService Projects => _domain.Get<ProjectService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        _owner = await _domain.CreateMemberAsync("Olive Owner");
        _moderator = await ModerationSetup.ModeratorAsync(_domain);
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task A_hidden_project_leaves_the_feed_search_counts_and_profile_and_its_author_reads_why()
    {
        var kept = await ModerationSetup.PostAsync(_domain, _owner, "Harbour Watch", tag: "ocaml");
        var hidden = await ModerationSetup.PostAsync(_domain, _owner, "Spammy Harbour", tag: "ocaml");
        using var feed = new LiveProbe<ProjectUpdated>(_domain.Get<ILiveEvents>(), LiveKeys.ProjectFeed);

        var result = await Moderation.HideAsync(_moderator, ReportedItemKind.Project, ModerationSetup.Id(hidden), "Advertising a paid service");

        Assert.True(result.Succeeded);
        Assert.Contains(new ProjectUpdated(hidden), await feed.WaitForAsync());
        var all = await Projects.SearchAsync(new ProjectQuery());
        Assert.Equal([kept], all.Items.Select(p => p.Id));
        Assert.Equal(1, all.Total);
        Assert.Empty((await Projects.SearchAsync(new ProjectQuery { Text = "Spammy" })).Items);
        Assert.Equal(1, all.Languages.Single(l => l.Tag.Key == "ocaml").Count);
        Assert.DoesNotContain(hidden, (await Projects.LatestAsync(10)).Select(p => p.Id));
        Assert.DoesNotContain(hidden, (await Projects.ListByOwnerAsync(_owner, publicOnly: true)).Select(p => p.Id));
        Assert.Contains(hidden, (await Projects.ListByOwnerAsync(_owner)).Select(p => p.Id));

        var page = (await _domain.Get<SharedProjectReads>().GetAsync(hidden))!;
        Assert.Equal("Advertising a paid service", page.State.HiddenReason);
        Assert.True(page.State.VisibleTo(_owner, page.OwnerId, viewerIsModerator: false));
        Assert.True(page.State.VisibleTo(_moderator, page.OwnerId, viewerIsModerator: true));
        Assert.False(page.State.VisibleTo(null, page.OwnerId, viewerIsModerator: false));
        var told = Assert.Single(await _domain.Get<NotificationService>().ListAsync(_owner));
        Assert.Contains("Advertising a paid service", told.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_a_project_puts_it_back_in_the_feed()
    {
        var project = await ModerationSetup.PostAsync(_domain, _owner, "Harbour Watch");
        await Moderation.HideAsync(_moderator, ReportedItemKind.Project, ModerationSetup.Id(project), "Checking");

        var restored = await Moderation.RestoreAsync(_moderator, ReportedItemKind.Project, ModerationSetup.Id(project));

        Assert.True(restored.Succeeded);
        Assert.Equal([project], (await Projects.SearchAsync(new ProjectQuery())).Items.Select(p => p.Id));
        Assert.True((await Projects.GetAsync(project))!.State.IsPublic);
    }

    [Fact]
    public async Task A_hidden_profile_leaves_the_directory_and_its_search()
    {
        var other = await _domain.CreateMemberAsync("Quiet Member");
        var profiles = _domain.Get<ProfileService>();
        var before = await profiles.CountListedAsync();

        await Moderation.HideAsync(_moderator, ReportedItemKind.Profile, _owner, "Offensive headline");

        Assert.Equal(before - 1, await profiles.CountListedAsync());
        var directory = await profiles.SearchAsync(new PeopleQuery());
        Assert.DoesNotContain(directory.Items, p => p.DisplayName == "Olive Owner");
        Assert.Contains(directory.Items, p => p.DisplayName == "Quiet Member");
        Assert.Empty((await profiles.SearchAsync(new PeopleQuery { Text = "Olive" })).Items);
        var handle = (await profiles.FindByUserIdAsync(_owner))!.Handle;
        Assert.Equal("Offensive headline", (await profiles.GetPublicAsync(handle))!.Moderation.HiddenReason);
        Assert.NotNull(other);
    }

    [Fact]
    public async Task A_hidden_message_reaches_the_other_side_as_a_placeholder_and_its_sender_reads_why()
    {
        var project = await ModerationSetup.PostAsync(_domain, _owner, "Harbour Watch");
        var applicant = await _domain.CreateMemberAsync("Andy Applicant");
        var applied = await _domain.Get<ApplicationService>().ApplyAsync(applicant, project, "backend", "Hello! Send me your phone number right now please.");
        var messaging = _domain.Get<MessagingService>();
        var conversation = (await messaging.InboxAsync(applicant)).Single().Id;
        using var live = new LiveProbe<ConversationChanged>(_domain.Get<ILiveEvents>(), LiveKeys.Conversation(conversation));

        var result = await Moderation.HideAsync(_moderator, ReportedItemKind.ApplicationMessage, ModerationSetup.Id(applied.ApplicationId!.Value), "Asking for private details");

        Assert.True(result.Succeeded);
        Assert.NotEmpty(await live.WaitForAsync());
        var forOwner = Assert.Single((await messaging.GetAsync(_owner, conversation))!.Messages);
        Assert.Equal(("", "Asking for private details"), (forOwner.Body, forOwner.HiddenReason));
        var forSender = Assert.Single((await messaging.GetAsync(applicant, conversation))!.Messages);
        Assert.StartsWith("Hello!", forSender.Body, StringComparison.Ordinal);
        Assert.Equal("", (await messaging.InboxAsync(_owner)).Single().LastMessage);
        var application = (await _domain.Get<ApplicationService>().FindForOwnerAsync(_owner, applied.ApplicationId.Value))!;
        Assert.Equal("Asking for private details", application.MessageHiddenReason);
    }
}

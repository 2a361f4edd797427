using DevConnect.Domain.Applications;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Messaging;

public sealed class MessagingServiceTests : IAsyncLifetime
{
    private const string Pitch = "Hello, I would like to help with the documentation.";
    private DomainHarness _domain = default!;
    private string _owner = "";
    private string _applicant = "";
    private int _project;

    private MessagingService Messaging => _domain.Get<MessagingService>();

    private NotificationService Notifications => _domain.Get<NotificationService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        _owner = await _domain.CreateMemberAsync("Chat Owner");
        _applicant = await _domain.CreateMemberAsync("Chat Applicant");
        _project = (await _domain.Get<ProjectService>().CreateAsync(_owner, new ProjectDraft
        {
            Name = "Chatty", Summary = "Talk it through", Status = ProjectStatus.Recruiting, Roles = [new RoleDraft("docs", true)],
        })).ProjectId!.Value;
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<int> ApplicationConversation()
    {
        var applied = await _domain.Get<ApplicationService>().ApplyAsync(_applicant, _project, "docs", Pitch);
        return (await _domain.Get<ApplicationService>().ListForApplicantAsync(_applicant)).Single(a => a.Id == applied.ApplicationId).ConversationId!.Value;
    }

    [Fact]
    public async Task An_application_opens_a_private_conversation_that_starts_with_its_message_and_notifies_the_owner()
    {
        var id = await ApplicationConversation();

        var seenByOwner = (await Messaging.GetAsync(_owner, id))!;

        Assert.Equal(Pitch, Assert.Single(seenByOwner.Messages).Body);
        Assert.Equal("Chat Applicant", seenByOwner.OtherName);
        Assert.Equal(1, await Notifications.UnreadCountAsync(_owner));
        Assert.Equal(1, (await Messaging.InboxAsync(_owner)).Single().Unread);
    }

    [Fact]
    public async Task Someone_outside_the_conversation_can_neither_read_nor_write_it()
    {
        var id = await ApplicationConversation();
        var outsider = await _domain.CreateMemberAsync("Nosy Outsider");

        Assert.Null(await Messaging.GetAsync(outsider, id));
        var (posted, error) = await Messaging.PostAsync(outsider, id, "let me in");
        Assert.Null(posted);
        Assert.Equal(MessagingErrors.ConversationNotFound, error!.Code);
        Assert.Single((await Messaging.GetAsync(_owner, id))!.Messages);
    }

    [Fact]
    public async Task A_reply_reaches_the_other_side_with_an_unread_count_and_a_notification_and_reading_clears_it()
    {
        var id = await ApplicationConversation();
        await Messaging.MarkReadAsync(_owner, id);
        await Notifications.MarkReadAsync(_owner);

        await Messaging.PostAsync(_owner, id, "Welcome! Have a look at issue #12.");

        Assert.Equal(1, (await Messaging.InboxAsync(_applicant)).Single().Unread);
        Assert.Equal(1, await Notifications.UnreadCountAsync(_applicant));
        await Messaging.MarkReadAsync(_applicant, id);
        Assert.Equal(0, (await Messaging.InboxAsync(_applicant)).Single().Unread);
        var view = (await Messaging.GetAsync(_owner, id))!;
        Assert.True(view.OtherLastReadAtUtc >= view.Messages[^1].SentAtUtc, "the owner sees that the reply was read");
    }

    [Fact]
    public async Task Contacting_the_owner_without_applying_reuses_one_conversation_and_never_with_oneself()
    {
        var curious = await _domain.CreateMemberAsync("Curious Person");

        var (first, _) = await Messaging.ContactOwnerAsync(curious, _project);
        var (second, _) = await Messaging.ContactOwnerAsync(curious, _project);
        var (own, error) = await Messaging.ContactOwnerAsync(_owner, _project);

        Assert.NotNull(first);
        Assert.Equal(first, second);
        Assert.Null(own);
        Assert.Equal(ApplicationErrors.OwnProject, error!.Code);
    }

    [Fact]
    public async Task Empty_oversized_and_too_fast_messages_are_refused_with_a_reason()
    {
        var id = await ApplicationConversation();

        Assert.Equal(MessagingErrors.MessageLength, (await Messaging.PostAsync(_applicant, id, "   ")).Error!.Code);
        Assert.Equal(MessagingErrors.MessageLength, (await Messaging.PostAsync(_applicant, id, new string('x', 4001))).Error!.Code);
        // The application's own message was the first of this minute.
        for (var i = 1; i < MessagingService.MaxPerMinute; i++)
        {
            Assert.Null((await Messaging.PostAsync(_applicant, id, $"message {i}")).Error);
        }

        Assert.Equal(MessagingErrors.TooMany, (await Messaging.PostAsync(_applicant, id, "one too many")).Error!.Code);
    }

    [Fact]
    public async Task Nobody_can_mark_someone_elses_notifications_as_read()
    {
        await ApplicationConversation();
        var id = (await Notifications.ListAsync(_owner)).Single().Id;

        await Notifications.MarkReadAsync(_applicant, id);

        Assert.Equal(1, await Notifications.UnreadCountAsync(_owner));
        await Notifications.MarkReadAsync(_owner, id);
        Assert.Equal(0, await Notifications.UnreadCountAsync(_owner));
    }
}

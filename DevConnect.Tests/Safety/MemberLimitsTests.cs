using DevConnect.Domain.Messaging;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Safety;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Safety;

/// <summary>
/// Hourly limits by account tier, counted from the database over a rolling hour, with a clock the test moves: every
/// refusal names the limit and the minute it lifts, and lifts at that minute.
/// </summary>
public sealed class MemberLimitsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 14, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);
    private DomainHarness _domain = default!;
    private string _owner = "";

    private MessagingService Messaging => _domain.Get<MessagingService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(clock: _clock, settings: new Dictionary<string, string?>
        {
            ["Limits:NewAccount:MessagesPerHour"] = "3",
            ["Limits:Established:MessagesPerHour"] = "6",
            ["Limits:NewAccount:ProjectsPerHour"] = "1",
            ["Limits:NewAccount:ConversationsPerHour"] = "2",
        });
        _owner = await _domain.CreateMemberAsync("Limit Owner");
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<int> ProjectOfAsync(string owner) =>
        (await _domain.Get<ProjectService>().CreateAsync(owner, new ProjectDraft { Name = $"Project {Guid.NewGuid():N}", Summary = "Open to talk" })).ProjectId!.Value;

    private async Task<int> ConversationWithOwnerAsync(string member) => (await Messaging.ContactOwnerAsync(member, await ProjectOfAsync(_owner))).Value;

    [Fact]
    public async Task A_new_account_meets_the_lower_message_limit_told_what_it_is_and_when_it_lifts()
    {
        var member = await _domain.CreateMemberAsync("Brand New");
        var id = await ConversationWithOwnerAsync(member);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await Messaging.PostAsync(member, id, $"Message number {i}")).Succeeded);
            _clock.Advance(TimeSpan.FromMinutes(10));
        }

        var refused = await Messaging.PostAsync(member, id, "One more, please");

        Assert.Equal(SafetyErrors.MessagesNew, refused.Error!.Code);
        Assert.Equal(MessagingService.BodyField, refused.Error.Field);
        Assert.Equal("You can send 3 messages an hour while your account is new or unconfirmed. You can send again at 15:00 UTC.", refused.Error.Message);
        Assert.Equal([3, new DateTime(2026, 11, 30, 15, 0, 0)], refused.Error.Arguments!);
        _clock.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));
        Assert.True((await Messaging.PostAsync(member, id, "One more, please")).Succeeded);
    }

    [Fact]
    public async Task An_established_account_gets_the_higher_limit()
    {
        var member = await _domain.CreateMemberAsync("Old Hand");
        _clock.Advance(TimeSpan.FromDays(8));
        var id = await ConversationWithOwnerAsync(member);

        var results = new List<DevConnect.Domain.DomainResult>();
        for (var i = 0; i < 7; i++)
        {
            results.Add(await Messaging.PostAsync(member, id, $"Update {i}"));
        }

        Assert.All(results.Take(6), r => Assert.True(r.Succeeded));
        Assert.Equal(SafetyErrors.MessagesEstablished, results[6].Error!.Code);
        Assert.StartsWith("You can send 6 messages an hour. ", results[6].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unconfirmed_account_keeps_the_new_account_limits_however_old_it_is()
    {
        var member = await _domain.CreateMemberAsync("Never Confirmed", emailConfirmed: false);
        _clock.Advance(TimeSpan.FromDays(30));
        var id = await ConversationWithOwnerAsync(member);

        for (var i = 0; i < 3; i++)
        {
            await Messaging.PostAsync(member, id, $"Hello {i}");
        }

        Assert.Equal(SafetyErrors.MessagesNew, (await Messaging.PostAsync(member, id, "Hello again")).Error!.Code);
    }

    [Fact]
    public async Task A_new_account_posts_projects_and_starts_conversations_within_its_limits()
    {
        var member = await _domain.CreateMemberAsync("Eager Poster");
        await ProjectOfAsync(member);

        var secondProject = await _domain.Get<ProjectService>().CreateAsync(member, new ProjectDraft { Name = "Second one", Summary = "Too soon" });
        var contacts = new List<DevConnect.Domain.DomainResult<int>>();
        for (var i = 0; i < 3; i++)
        {
            contacts.Add(await Messaging.ContactOwnerAsync(member, await ProjectOfAsync(await _domain.CreateMemberAsync($"Owner {i}"))));
        }

        Assert.Equal(SafetyErrors.ProjectsNew, secondProject.Error!.Code);
        Assert.Equal(ProjectRules.FormField, secondProject.Error.Field);
        Assert.Contains("You can post 1 projects an hour", secondProject.Error.Message, StringComparison.Ordinal);
        Assert.True(contacts[0].Succeeded && contacts[1].Succeeded);
        Assert.Equal(SafetyErrors.ConversationsNew, contacts[2].Error!.Code);
        Assert.Contains("15:00 UTC", contacts[2].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_text_sent_to_a_third_conversation_in_a_day_is_refused_whatever_its_case_and_spacing()
    {
        await using var generous = await DomainHarness.StartAsync(clock: _clock);
        var spammer = await generous.CreateMemberAsync("Copy Paste");
        var conversations = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var owner = await generous.CreateMemberAsync($"Target {i}");
            var project = (await generous.Get<ProjectService>().CreateAsync(owner, new ProjectDraft { Name = $"Target {i}", Summary = "Hello" })).ProjectId!.Value;
            conversations.Add((await generous.Get<MessagingService>().ContactOwnerAsync(spammer, project)).Value);
        }

        var messaging = generous.Get<MessagingService>();
        const string Offer = "Earn money fast with my amazing course!";
        Assert.True((await messaging.PostAsync(spammer, conversations[0], Offer)).Succeeded);
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await messaging.PostAsync(spammer, conversations[1], "earn  money FAST with my amazing\ncourse!")).Succeeded);
        Assert.True((await messaging.PostAsync(spammer, conversations[1], Offer)).Succeeded, "repeating oneself in one conversation is fine");
        Assert.True((await messaging.PostAsync(spammer, conversations[2], "Thanks a lot!")).Succeeded);
        Assert.True((await messaging.PostAsync(spammer, conversations[3], "Thanks a lot!")).Succeeded);

        var third = await messaging.PostAsync(spammer, conversations[2], "  EARN money fast with my amazing course!  ");

        Assert.Equal(SafetyErrors.SameText, third.Error!.Code);
        Assert.Equal(MessagingService.BodyField, third.Error.Field);
        Assert.Contains("after 1 Dec 14:00 UTC", third.Error.Message, StringComparison.Ordinal);
        Assert.True((await messaging.PostAsync(spammer, conversations[0], "Thanks a lot!")).Succeeded, "short everyday phrases are not compared");
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await messaging.PostAsync(spammer, conversations[2], Offer)).Succeeded);
    }
}

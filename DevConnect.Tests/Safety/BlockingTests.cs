using DevConnect.Domain.Applications;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Safety;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Safety;

/// <summary>What a block cuts, for both members, and what unblocking gives back; the blocked member is never told why.</summary>
public sealed class BlockingTests : IAsyncLifetime
{
    private const string Pitch = "Hello, I would like to help with the documentation.";
    private DomainHarness _domain = default!;
    private string _owner = "";
    private string _pest = "";
    private int _project;

    private BlockService Blocks => _domain.Get<BlockService>();

    private MessagingService Messaging => _domain.Get<MessagingService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        _owner = await _domain.CreateMemberAsync("Blocking Owner");
        _pest = await _domain.CreateMemberAsync("Pushy Member");
        _project = await ProjectOfAsync(_owner, "Quiet garden");
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<int> ProjectOfAsync(string owner, string name) =>
        (await _domain.Get<ProjectService>().CreateAsync(owner, new ProjectDraft
        {
            Name = name, Summary = "A calm project", Status = ProjectStatus.Recruiting, Roles = [new RoleDraft("docs", true)],
        })).ProjectId!.Value;

    private static void AssertNeutral(string message) =>
        Assert.DoesNotContain("block", message, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public async Task A_blocked_member_cannot_apply_to_the_blockers_projects_and_hears_a_neutral_refusal()
    {
        await Blocks.BlockAsync(_owner, _pest);

        var applied = await _domain.Get<ApplicationService>().ApplyAsync(_pest, _project, "docs", Pitch);

        Assert.False(applied.Succeeded);
        Assert.Equal(SafetyErrors.NotAcceptingApplications, applied.Error!.Code);
        AssertNeutral(applied.Error.Message);
        Assert.Empty(await _domain.Get<ApplicationService>().ListForApplicantAsync(_pest));
    }

    [Fact]
    public async Task Neither_side_can_start_a_conversation_once_one_has_blocked_the_other()
    {
        var pestProject = await ProjectOfAsync(_pest, "Loud garden");
        await Blocks.BlockAsync(_owner, _pest);

        var (byBlocked, refusal) = await Messaging.ContactOwnerAsync(_pest, _project);
        var (byBlocker, _) = await Messaging.ContactOwnerAsync(_owner, pestProject);

        Assert.Null(byBlocked);
        Assert.Null(byBlocker);
        Assert.Equal(SafetyErrors.NotAcceptingConversations, refusal!.Code);
        AssertNeutral(refusal.Message);
        Assert.Empty(await Messaging.InboxAsync(_owner));
    }

    [Fact]
    public async Task Blocking_closes_their_conversation_for_both_and_refuses_new_messages_from_either_side()
    {
        var (conversation, _) = await Messaging.ContactOwnerAsync(_pest, _project);
        var id = conversation!.Value;
        await Messaging.PostAsync(_pest, id, "Are you there?");

        await Blocks.BlockAsync(_owner, _pest);

        var seenByBlocked = (await Messaging.GetAsync(_pest, id))!;
        var seenByBlocker = (await Messaging.GetAsync(_owner, id))!;
        Assert.True(seenByBlocked.IsClosed);
        Assert.False(seenByBlocked.ClosedByMe, "the blocked member is not told who closed it");
        Assert.True(seenByBlocker is { IsClosed: true, ClosedByMe: true });
        var fromBlocked = await Messaging.PostAsync(_pest, id, "Hello again?");
        var fromBlocker = await Messaging.PostAsync(_owner, id, "One last word");
        Assert.Equal(SafetyErrors.ConversationClosed, fromBlocked.Error!.Code);
        Assert.Equal(MessagingService.BodyField, fromBlocked.Error.Field);
        AssertNeutral(fromBlocked.Error.Message);
        Assert.Equal(SafetyErrors.ConversationClosed, fromBlocker.Error!.Code);
        Assert.Single((await Messaging.GetAsync(_owner, id))!.Messages);
        // The old conversation is still where it was: contacting again leads to it, closed, rather than to a new one.
        Assert.Equal(id, (await Messaging.ContactOwnerAsync(_pest, _project)).Value);
    }

    [Fact]
    public async Task Unblocking_reopens_the_conversation_and_lets_them_apply_again()
    {
        var (conversation, _) = await Messaging.ContactOwnerAsync(_pest, _project);
        await Blocks.BlockAsync(_owner, _pest);
        Assert.Equal("Pushy Member", Assert.Single(await Blocks.ListAsync(_owner)).DisplayName);

        await Blocks.UnblockAsync(_owner, _pest);

        Assert.Empty(await Blocks.ListAsync(_owner));
        Assert.False((await Messaging.GetAsync(_pest, conversation!.Value))!.IsClosed);
        Assert.True((await Messaging.PostAsync(_pest, conversation.Value, "Thanks for hearing me out.")).Succeeded);
        Assert.True((await _domain.Get<ApplicationService>().ApplyAsync(_pest, _project, "docs", Pitch)).Succeeded);
    }

    [Fact]
    public async Task Only_the_blocker_can_lift_a_block()
    {
        await Blocks.BlockAsync(_owner, _pest);

        await Blocks.UnblockAsync(_pest, _owner);

        Assert.True(await Blocks.HasBlockedAsync(_owner, _pest));
        Assert.Empty(await Blocks.ListAsync(_pest));
    }

    [Fact]
    public async Task A_member_cannot_block_themselves_and_blocking_twice_keeps_one_block()
    {
        var self = await Blocks.BlockAsync(_owner, _owner);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Blocks.BlockAsync(_owner, _pest))));

        Assert.Equal(SafetyErrors.BlockSelf, self.Error!.Code);
        Assert.Single(await Blocks.ListAsync(_owner));
        Assert.False(await Blocks.HasBlockedAsync(_pest, _owner));
    }

    [Fact]
    public async Task A_block_and_an_unblock_show_on_the_next_profile_here_and_on_another_server()
    {
        // A second server: its own kept blocks, the same hub and database.
        using var elsewhere = new BlockService(_domain.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<DevConnect.Domain.Persistence.DevConnectDbContext>>(),
            _domain.Get<DevConnect.Domain.Live.ILiveEvents>(), _domain.Get<DevConnect.Domain.Matching.KeptRankings>(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<BlockService>.Instance);
        Assert.False(await Blocks.HasBlockedAsync(_owner, _pest));
        Assert.False(await elsewhere.HasBlockedAsync(_owner, _pest));

        await Blocks.BlockAsync(_owner, _pest);
        Assert.True(await Blocks.HasBlockedAsync(_owner, _pest));
        await Patience.UntilAsync(() => elsewhere.HasBlockedAsync(_owner, _pest), "the other server kept the blocks from before");

        await Blocks.UnblockAsync(_owner, _pest);
        Assert.False(await Blocks.HasBlockedAsync(_owner, _pest));
        await Patience.UntilAsync(async () => !await elsewhere.HasBlockedAsync(_owner, _pest), "the other server kept the block");
    }
}

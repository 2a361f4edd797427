using Bunit;
using DevConnect.App.Components.Messaging;
using DevConnect.App.Components.Safety;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Safety;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Safety;

/// <summary>The block button on a profile or a conversation, and the closed conversation that follows (bUnit over the real domain).</summary>
public sealed class BlockMemberButtonTests : DomainComponentContext
{
    protected override IDictionary<string, string?>? DomainSettings => new Dictionary<string, string?> { ["Limits:NewAccount:MessagesPerHour"] = "2" };

    private BlockService Blocks => Domain.Get<BlockService>();

    [Fact]
    public async Task A_member_confirms_before_blocking_and_is_then_shown_where_to_undo_it()
    {
        var other = await Domain.CreateMemberAsync("Loud Neighbour");
        var me = await SignInAsync("Calm Member");
        var button = Render<BlockMemberButton>(p => p.Add(c => c.MemberId, other).Add(c => c.MemberName, "Loud Neighbour"));

        // Find and click on the renderer's turn: the button renders again once the block state is read, and a click
        // aimed at the first render's handler would miss.
        await button.InvokeAsync(() => button.Find("[data-testid=block-open]").Click());
        Assert.Contains("Block Loud Neighbour?", button.Markup, StringComparison.Ordinal);
        Assert.Contains("They are not told.", button.Markup, StringComparison.Ordinal);
        Assert.False(await Blocks.HasBlockedAsync(me, other), "nothing happens before the confirmation");
        await button.InvokeAsync(() => button.Find("[data-testid=block-confirm]").Click());

        button.WaitForAssertion(() => Assert.Contains("You blocked Loud Neighbour.", button.Find("[data-testid=block-state]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Account/Manage/BlockedMembers", button.Find("[data-testid=block-state] a").GetAttribute("href"));
        Assert.True(await Blocks.HasBlockedAsync(me, other));
    }

    [Fact]
    public async Task Nobody_is_offered_to_block_themselves_and_visitors_are_offered_nothing()
    {
        var visitorView = Render<BlockMemberButton>(p => p.Add(c => c.MemberId, "someone").Add(c => c.MemberName, "Someone"));
        Assert.Empty(visitorView.FindAll("[data-testid=block-member]"));

        var me = await SignInAsync("Self Reflecting");
        var ownView = Render<BlockMemberButton>(p => p.Add(c => c.MemberId, me).Add(c => c.MemberName, "Self Reflecting"));

        Assert.Empty(ownView.FindAll("[data-testid=block-member]"));
    }

    [Fact]
    public async Task The_blocked_member_sees_their_conversation_closed_with_no_box_to_write_in_and_no_word_of_a_block()
    {
        var owner = await Domain.CreateMemberAsync("Owner Who Blocks");
        var blocked = await SignInAsync("Blocked Writer");
        var project = (await PostAsync(owner, "Closed doors")).ProjectId!.Value;
        var conversation = (await Domain.Get<MessagingService>().ContactOwnerAsync(blocked, project)).Value;
        var page = Render<ConversationPage>(p => p.Add(c => c.Id, conversation));
        page.WaitForAssertion(() => page.Find("#message-input"));

        await Blocks.BlockAsync(owner, blocked);

        page.WaitForAssertion(() => Assert.Equal("This conversation is closed.", page.Find("[data-testid=conversation-closed]").TextContent.Trim()));
        Assert.Empty(page.FindAll("#message-input"));
        Assert.Empty(page.FindAll("[data-testid=block-member]"));
        Assert.DoesNotContain("block", page.Find("[data-testid=conversation-closed]").TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_message_over_the_hourly_limit_is_refused_at_the_message_box_saying_the_limit_and_when_it_lifts()
    {
        var owner = await Domain.CreateMemberAsync("Patient Owner");
        var writer = await SignInAsync("Quick Writer");
        var project = (await PostAsync(owner, "Busy inbox")).ProjectId!.Value;
        var conversation = (await Domain.Get<MessagingService>().ContactOwnerAsync(writer, project)).Value;
        await Domain.Get<MessagingService>().PostAsync(writer, conversation, "First question");
        await Domain.Get<MessagingService>().PostAsync(writer, conversation, "Second question");
        var page = Render<ConversationPage>(p => p.Add(c => c.Id, conversation));
        page.WaitForAssertion(() => page.Find("#message-input"));

        await page.InvokeAsync(() => page.Find("#message-input").Input("Third question"));
        await page.InvokeAsync(() => page.Find("[data-testid=send-message]").Click());

        page.WaitForAssertion(() => Assert.Matches(
            @"You can send 2 messages an hour while your account is new or unconfirmed\. You can send again at \d\d:\d\d UTC\.",
            page.Find(".dc-chat-compose .mud-input-error").TextContent));
        Assert.Equal(2, (await Domain.Get<MessagingService>().GetAsync(owner, conversation))!.Messages.Count);
    }
}

using System.Security.Claims;
using Bunit;
using DevConnect.App.Components.Messaging;
using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Text;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DevConnect.Tests.Messaging;

/// <summary>The conversation page over the real messaging service and a real SQLite file (bUnit).</summary>
public sealed class ConversationPageTests : BunitContext, IAsyncLifetime
{
    private DomainHarness _domain = default!;
    private Bunit.TestDoubles.BunitAuthorizationContext _auth = default!;
    private string _owner = "";
    private string _writer = "";
    private int _conversation;

    private MessagingService Messaging => _domain.Get<MessagingService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(Messaging);
        Services.AddSingleton(_domain.Get<ILiveEvents>());
        Services.AddSingleton(_domain.Get<MarkdownRenderer>());
        Services.AddSingleton(_domain.Get<TimeProvider>());
        Services.AddSingleton(_domain.Get<DevConnect.Domain.Safety.BlockService>());
        _auth = AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        _owner = await _domain.CreateMemberAsync("Page Owner");
        _writer = await _domain.CreateMemberAsync("Page Writer");
        var project = (await _domain.Get<ProjectService>().CreateAsync(_owner, new ProjectDraft
        {
            Name = "Talking shop", Summary = "A project to talk about", Status = ProjectStatus.Recruiting,
        })).ProjectId!.Value;
        _conversation = (await Messaging.ContactOwnerAsync(_writer, project)).Value;
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _domain.DisposeAsync();
    }

    private IRenderedComponent<ConversationPage> OpenAs(string userId, string name)
    {
        _auth.SetAuthorized(name).SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        var page = Render<ConversationPage>(p => p.Add(c => c.Id, _conversation));
        page.WaitForAssertion(() => page.Find("[data-testid=messages]"));
        return page;
    }

    private async Task<IReadOnlyList<MessageView>> StoredMessagesAsync() => (await Messaging.GetAsync(_owner, _conversation))!.Messages;

    [Fact]
    public async Task A_message_over_the_limit_is_refused_at_the_message_box_and_nothing_is_sent()
    {
        var page = OpenAs(_writer, "Page Writer");

        // Inside the renderer's turn: on PostgreSQL a late render can replace the button between Find and Click.
        await page.InvokeAsync(() => page.Find("#message-input").Input(new string('x', Message.MaxLength + 1)));
        await page.InvokeAsync(() => page.Find("[data-testid=send-message]").Click());

        page.WaitForAssertion(() =>
            Assert.Contains("Write a message of at most 4,000 characters.", page.Find(".dc-chat-compose .mud-input-error").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-message-id]"));
        Assert.Empty(await StoredMessagesAsync());
    }

    [Fact]
    public async Task A_sent_message_appears_in_the_conversation_and_the_box_is_cleared()
    {
        var page = OpenAs(_writer, "Page Writer");

        page.Find("#message-input").Input("Is the **backend** role still open?");
        await page.InvokeAsync(() => page.Find("[data-testid=send-message]").Click());

        page.WaitForAssertion(() =>
        {
            var message = Assert.Single(page.FindAll("[data-message-id]"));
            Assert.Contains("dc-msg-mine", message.ClassName, StringComparison.Ordinal);
            Assert.Equal("backend", message.QuerySelector("strong")?.TextContent);
            Assert.Equal("", page.Find("#message-input").GetAttribute("value") ?? "");
        });
        Assert.Equal("Is the **backend** role still open?", Assert.Single(await StoredMessagesAsync()).Body);
    }

    [Fact]
    public async Task A_reply_from_the_other_side_appears_without_reloading()
    {
        var page = OpenAs(_writer, "Page Writer");

        await Messaging.PostAsync(_owner, _conversation, "Yes, it is. Tell me more!");

        page.WaitForAssertion(() =>
        {
            var message = Assert.Single(page.FindAll("[data-message-id]"));
            Assert.Contains("Page Owner", message.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("dc-msg-mine", message.ClassName, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Someone_outside_the_conversation_gets_the_not_found_page_and_sees_none_of_it()
    {
        await Messaging.PostAsync(_writer, _conversation, "A private question for the owner.");
        var outsider = await _domain.CreateMemberAsync("Page Outsider");
        var notFound = false;
        Services.GetRequiredService<NavigationManager>().OnNotFound += (_, _) => notFound = true;
        _auth.SetAuthorized("Page Outsider").SetClaims(new Claim(ClaimTypes.NameIdentifier, outsider));

        var page = Render<ConversationPage>(p => p.Add(c => c.Id, _conversation));

        page.WaitForAssertion(() => Assert.True(notFound, "the router was not told to show the not-found page"));
        Assert.Empty(page.FindAll("[data-testid=messages]"));
        Assert.DoesNotContain("private question", page.Markup, StringComparison.Ordinal);
    }
}

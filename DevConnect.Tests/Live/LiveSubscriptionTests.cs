using DevConnect.App.Components.Shared;
using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging.Abstractions;

namespace DevConnect.Tests.Live;

/// <summary>The one helper every listening component uses: when it subscribes, what it follows, where errors go.</summary>
public sealed class LiveSubscriptionTests : IDisposable
{
    private static readonly RendererInfo Interactive = new("Server", isInteractive: true);
    private readonly InProcessLiveEvents _hub = new(NullLogger<InProcessLiveEvents>.Instance);
    private readonly List<Exception> _dispatched = [];
    private readonly SemaphoreSlim _heard = new(0);

    public void Dispose()
    {
        _hub.Dispose();
        _heard.Dispose();
    }

    [Fact]
    public async Task Moving_to_another_conversation_listens_to_the_new_one_and_no_longer_to_the_old()
    {
        var heard = new List<int>();
        using var page = Listen(Interactive).On<ConversationChanged>(e =>
        {
            heard.Add(e.ConversationId);
            _heard.Release();
            return Task.CompletedTask;
        });

        page.Follow(LiveKeys.Conversation(1));
        page.Follow(LiveKeys.Conversation(2));
        await _hub.PublishAsync(LiveKeys.Conversation(1), new ConversationChanged(1));
        await _hub.PublishAsync(LiveKeys.Conversation(2), new ConversationChanged(2));
        Assert.True(await _heard.WaitAsync(LiveProbe<object>.Patience));

        Assert.Equal([2], heard);
        Assert.Equal(1, _hub.SubscriberCount);
        Assert.Equal(LiveKeys.Conversation(2), page.Key);
    }

    [Fact]
    public void A_prerendered_page_never_subscribes()
    {
        using var page = Listen(new RendererInfo("Static", isInteractive: false)).On<ConversationChanged>(_ => Task.CompletedTask);

        page.Follow(LiveKeys.Conversation(1));

        Assert.Equal(0, _hub.SubscriberCount);
        Assert.Null(page.Key);
    }

    [Fact]
    public async Task A_handler_error_reaches_the_component_the_way_a_lifecycle_error_does()
    {
        using var page = Listen(Interactive).On<ConversationChanged>(_ => throw new InvalidOperationException("conversation gone"));
        page.Follow(LiveKeys.Conversation(5));

        await _hub.PublishAsync(LiveKeys.Conversation(5), new ConversationChanged(5));
        Assert.True(await _heard.WaitAsync(LiveProbe<object>.Patience));

        Assert.Equal("conversation gone", Assert.Single(_dispatched).Message);
    }

    [Fact]
    public async Task Disposing_with_the_component_unsubscribes_every_handler_at_once()
    {
        var page = Listen(Interactive)
            .On<ConversationChanged>(_ => Task.CompletedTask)
            .On<NotificationsChanged>(_ => Task.CompletedTask);
        page.Follow(LiveKeys.Conversation(9));
        Assert.Equal(1, _hub.SubscriberCount);

        page.Dispose();
        page.Follow(LiveKeys.Conversation(10));
        await _hub.PublishAsync(LiveKeys.Conversation(9), new ConversationChanged(9));

        Assert.Equal(0, _hub.SubscriberCount);
    }

    // Stands in for a component: runs handlers inline (its dispatcher) and records what DispatchExceptionAsync got.
    private LiveSubscription Listen(RendererInfo renderer) => new(_hub, renderer, work => work(), ex =>
    {
        _dispatched.Add(ex);
        _heard.Release();
        return Task.CompletedTask;
    });
}

using DevConnect.Domain.Live;
using Microsoft.AspNetCore.Components;

namespace DevConnect.App.Components.Shared;

/// <summary>
/// How every component listens to the live hub: handlers are registered once with <see cref="On{TEvent}"/>, then
/// <see cref="Follow"/> is called from <c>OnParametersSet</c> with the key the parameters point at. It subscribes
/// only in an interactive renderer (the prerendered copy of a page must not hold a subscription), moves to a new
/// key when the parameters change (from <c>/messages/1</c> to <c>/messages/2</c> in the same component), and goes
/// with the component's <c>Dispose</c>. Handlers run on the component's dispatcher; an exception reaches the
/// component through <c>DispatchExceptionAsync</c>, like one thrown by a lifecycle method.
/// </summary>
/// <remarks>
/// Follow before the component reads its data, so an event that lands during the read is not missed: the
/// handler reads again after it. One hub subscription serves all of a component's handlers for one key.
/// </remarks>
public sealed class LiveSubscription : IDisposable
{
    private readonly ILiveEvents _live;
    private readonly RendererInfo _renderer;
    private readonly Func<Func<Task>, Task> _invoke;
    private readonly Func<Exception, Task> _dispatchException;
    private readonly List<(Type Type, Func<object, Task> Handler)> _handlers = [];
    private IDisposable? _subscription;
    private bool _disposed;

    /// <param name="live">The hub.</param>
    /// <param name="renderer">The component's <c>RendererInfo</c>: only an interactive renderer subscribes.</param>
    /// <param name="invoke">The component's <c>InvokeAsync</c>, so handlers run on its dispatcher.</param>
    /// <param name="dispatchException">The component's <c>DispatchExceptionAsync</c>.</param>
    public LiveSubscription(ILiveEvents live, RendererInfo renderer, Func<Func<Task>, Task> invoke, Func<Exception, Task> dispatchException)
    {
        _live = live;
        _renderer = renderer;
        _invoke = invoke;
        _dispatchException = dispatchException;
    }

    /// <summary>The key listened to now; null before the first interactive <see cref="Follow"/>.</summary>
    public string? Key { get; private set; }

    /// <summary>Registers what to do with one kind of event (before <see cref="Follow"/>).</summary>
    public LiveSubscription On<TEvent>(Func<TEvent, Task> handler)
    {
        _handlers.Add((typeof(TEvent), e => handler((TEvent)e)));
        return this;
    }

    /// <summary>Listens to <paramref name="key"/> (null: to nothing), dropping the previous key if it differs.</summary>
    public void Follow(string? key)
    {
        if (_disposed || !_renderer.IsInteractive || key == Key)
        {
            return;
        }

        _subscription?.Dispose();
        _subscription = null;
        Key = key;
        if (key is not null)
        {
            _subscription = _live.Subscribe<object>(key, DeliverAsync);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _subscription?.Dispose();
        _subscription = null;
        Key = null;
    }

    private async Task DeliverAsync(object liveEvent)
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            await _invoke(async () =>
            {
                foreach (var (type, handler) in _handlers)
                {
                    if (!_disposed && type.IsInstanceOfType(liveEvent))
                    {
                        await handler(liveEvent);
                    }
                }
            });
        }
        catch (OperationCanceledException) when (_disposed)
        {
            // The component went away mid-handler and cancelled its own call (CancellableComponent): nothing failed.
        }
        catch (Exception ex) when (!_disposed)
        {
            await _dispatchException(ex);
        }
    }
}

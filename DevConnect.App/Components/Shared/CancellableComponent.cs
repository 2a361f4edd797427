using Microsoft.AspNetCore.Components;

namespace DevConnect.App.Components.Shared;

/// <summary>
/// A component whose service reads stop when it goes away. Blazor disposes a component when its page is left and
/// every component of a circuit when the circuit ends (a closed tab, a lost connection past the retention period),
/// so <see cref="ComponentToken"/> covers both: a query still running for nobody is cancelled rather than finished.
/// </summary>
/// <remarks>
/// Reads take the token; commands (save, send, accept, upload, mark read) do not. A command the person asked for runs
/// to its end: several do more after their commit (notify, join the team conversation, publish), and cutting them
/// there would leave half of what they promised.
/// <para>
/// A read cancelled this way ends in an <see cref="OperationCanceledException"/>. Blazor ignores a lifecycle method or
/// event handler that ends cancelled (no error UI, no broken circuit), <see cref="SaveFailures"/> does not count it
/// as a failed save, and <see cref="LiveSubscription"/> drops it after disposal: components need no catch of their own.
/// </para>
/// </remarks>
public abstract class CancellableComponent : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _gone = new();
    private bool _disposed;

    // Read once: the token stays valid to observe after its source is disposed, the source's Token property does not.
    protected CancellableComponent() => ComponentToken = _gone.Token;

    /// <summary>Fires when this component is disposed; pass it to every service read.</summary>
    protected CancellationToken ComponentToken { get; }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Derived components release their own resources (live subscriptions), then call this.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed || !disposing)
        {
            return;
        }

        _disposed = true;
        _gone.Cancel();
        _gone.Dispose();
    }
}

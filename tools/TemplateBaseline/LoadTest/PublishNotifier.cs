namespace TemplateBaseline.LoadTest;

/// <summary>
/// The baseline's stand-in for DevConnect's live events: an in-memory fan-out of a published name to every watching
/// component, with no database and no filtering, so the template's live figures are "notify → render" and nothing more.
/// </summary>
public sealed class PublishNotifier
{
    private readonly Lock _gate = new();
    private readonly List<Func<string, Task>> _watchers = [];

    public IDisposable Watch(Func<string, Task> onPublished)
    {
        lock (_gate)
        {
            _watchers.Add(onPublished);
        }

        return new Subscription(this, onPublished);
    }

    /// <summary>Hands the name to every watcher and returns without waiting for their renders, as DevConnect's hub does.</summary>
    public void Publish(string name)
    {
        Func<string, Task>[] watchers;
        lock (_gate)
        {
            watchers = [.. _watchers];
        }

        foreach (var watcher in watchers)
        {
            _ = watcher(name);
        }
    }

    private sealed class Subscription(PublishNotifier owner, Func<string, Task> watcher) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._watchers.Remove(watcher);
            }
        }
    }
}

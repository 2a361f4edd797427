namespace DevConnect.Domain.Live;

/// <summary>
/// Told of every event that arrives from another server, before any subscriber on this one hears it. For
/// in-memory caches that the publishing server invalidates itself before it publishes: here they must be
/// invalidated first too, or a watcher would reload and get the stale copy.
/// </summary>
public interface IRemoteEventListener
{
    void Heard(string key, object liveEvent);
}

namespace DevConnect.Domain.Live;

/// <summary>
/// Small immutable events published after a transaction commits, delivered to every subscriber of a key
/// (a project id, a user id, "projects"). Publishing never waits for a subscriber: each subscription drains its
/// own queue, so a slow or broken one delays nobody. The in-process hub serves one server; a Redis pub/sub
/// version can replace it without touching a component.
/// </summary>
public interface ILiveEvents
{
    /// <summary>
    /// Subscribes until the returned handle is disposed (do it when the component goes away). The handler runs
    /// on the thread pool, one event at a time per subscription, in publishing order; equal events that pile up
    /// while it is busy are delivered once.
    /// </summary>
    IDisposable Subscribe<TEvent>(string key, Func<TEvent, Task> handler);

    /// <summary>Hands the event to the hub and returns at once; subscribers hear it shortly after.</summary>
    Task PublishAsync<TEvent>(string key, TEvent liveEvent);
}

public static class LiveKeys
{
    public const string ProjectFeed = "projects";

    /// <summary>Every profile save, for listeners that care about all members (the page cache), not one.</summary>
    public const string People = "people";

    public static string Project(int projectId) => $"project:{projectId}";

    public static string Profile(string userId) => $"profile:{userId}";

    /// <summary>Everything an owner's dashboards listen to: applications to any of their projects.</summary>
    public static string Owner(string userId) => $"owner:{userId}";

    /// <summary>Status changes of one member's own applications.</summary>
    public static string Applicant(string userId) => $"applicant:{userId}";

    public static string Conversation(int conversationId) => $"conversation:{conversationId}";

    public static string Notifications(string userId) => $"notifications:{userId}";

    public static string GitHubRepo(string key) => $"github:{key}";

    public static string GitHubUser(string login) => $"github-user:{login.ToLowerInvariant()}";
}

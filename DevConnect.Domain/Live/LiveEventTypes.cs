using System.Collections.Frozen;
using DevConnect.Domain.Applications;
using DevConnect.Domain.GitHub;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Live;

/// <summary>
/// Every event type that may cross the live bus, under a stable wire name. It is explicit, not found by
/// reflection, so renaming a record cannot silently break servers still running the old build, and both hubs
/// refuse an unlisted type at publish time: a new event fails its first test instead of vanishing between servers.
/// </summary>
public static class LiveEventTypes
{
    private static readonly FrozenDictionary<string, Type> _byName = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["project-published"] = typeof(ProjectPublished),
        ["project-updated"] = typeof(ProjectUpdated),
        ["project-deleted"] = typeof(ProjectDeleted),
        ["application-submitted"] = typeof(ApplicationSubmitted),
        ["application-status-changed"] = typeof(ApplicationStatusChanged),
        ["team-changed"] = typeof(TeamChanged),
        ["conversation-changed"] = typeof(ConversationChanged),
        ["notifications-changed"] = typeof(NotificationsChanged),
        ["profile-updated"] = typeof(ProfileUpdated),
        ["github-repo-refreshed"] = typeof(GitHubRepoRefreshed),
        ["github-user-refreshed"] = typeof(GitHubUserRefreshed),
        ["opportunity-published"] = typeof(Opportunities.OpportunityPublished),
        ["opportunity-changed"] = typeof(Opportunities.OpportunityChanged),
        ["opportunity-application-changed"] = typeof(Opportunities.OpportunityApplicationChanged),
        ["moderation-queue-changed"] = typeof(Moderation.ModerationQueueChanged),
        ["suggestions-changed"] = typeof(Matching.SuggestionsChanged),
        ["sessions-ended"] = typeof(Accounts.Sessions.SessionsEnded),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, string> _byType = _byName.ToFrozenDictionary(pair => pair.Value, pair => pair.Key);

    public static IEnumerable<Type> All => _byName.Values;

    public static bool TryGetType(string name, out Type type) => _byName.TryGetValue(name, out type!);

    /// <summary>The wire name of <paramref name="type"/>; throws for a type nobody registered.</summary>
    public static string NameOf(Type type) => _byType.TryGetValue(type, out var name)
        ? name
        : throw new InvalidOperationException($"{type.FullName} is not a registered live event: add it to {nameof(LiveEventTypes)}.");
}

using DevConnect.Domain.Live;

namespace DevConnect.Domain.Projects;

/// <summary>A project changed on another server: this server's shared reads and counts must not serve the old copy.</summary>
public sealed class RemoteProjectChanges(ProjectChangeVersion version) : IRemoteEventListener
{
    public void Heard(string key, object liveEvent)
    {
        if (key == LiveKeys.ProjectFeed && liveEvent is ProjectPublished or ProjectUpdated or ProjectDeleted)
        {
            version.Advance();
        }
    }
}

using DevConnect.Domain.Live;

namespace DevConnect.Domain.Applications;

/// <summary>
/// Moves every time someone joins or leaves a team (<see cref="TeamReads.Forget"/>, before <see cref="TeamChanged"/> goes
/// out), so reads that depend on teams across projects (a member's team record) know when to read again.
/// </summary>
public sealed class TeamChangeVersion : ChangeVersion;

/// <summary>A team changed on another server: the same move here, before this server's pages hear of it.</summary>
public sealed class RemoteTeamChanges(TeamChangeVersion version) : IRemoteEventListener
{
    public void Heard(string key, object liveEvent)
    {
        if (liveEvent is TeamChanged)
        {
            version.Advance();
        }
    }
}

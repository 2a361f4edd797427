using DevConnect.Domain.Live;

namespace DevConnect.Domain.Applications;

/// <summary>
/// Moves every time someone joins or leaves a team (<see cref="TeamReads.Forget"/>, before <see cref="TeamChanged"/> goes
/// out) or an application changes status (<see cref="ApplicationService"/>, before <see cref="ApplicationStatusChanged"/>),
/// so reads that depend on teams and applications across projects (a member's team record, their own standing in
/// each project) know when to read again.
/// </summary>
public sealed class TeamChangeVersion : ChangeVersion;

/// <summary>A team or an application changed on another server: the same move here, before this server's pages hear of it.</summary>
public sealed class RemoteTeamChanges(TeamChangeVersion version) : IRemoteEventListener
{
    public void Heard(string key, object liveEvent)
    {
        if (liveEvent is TeamChanged or ApplicationStatusChanged)
        {
            version.Advance();
        }
    }
}

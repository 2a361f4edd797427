using DevConnect.Domain.Accounts.Sessions;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.TeamRecord;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// The kept sessions, public profiles and team records listen to the live bus for the app's whole life. Made when the app
/// starts rather than at first use, so a server hears every session or profile event from its start, and the hub's
/// subscriber count moves only with open pages (a test counts them), not when some first request happens to build one.
/// </summary>
internal sealed class LiveListenersStartup(KeptSessions sessions, KeptPublicProfiles profiles, KeptTeamRecords teamRecords) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving them was the point; nothing else to start.
        GC.KeepAlive(sessions);
        GC.KeepAlive(profiles);
        GC.KeepAlive(teamRecords);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using System.Threading.Channels;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.GitHub;

/// <summary>
/// Where saves ask for GitHub data: a snapshot row is made due now (so the periodic pass would find it anyway) and
/// its key is queued so the worker fetches it at once. A save never waits for GitHub.
/// </summary>
public sealed class GitHubRefreshQueue(IDbContextFactory<DevConnectDbContext> dbFactory, TimeProvider clock)
{
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Keys ("owner/name", or the user prefix and a login) whose refresh was asked for now.</summary>
    public ChannelReader<string> Requested => _queue.Reader;

    public async Task RequestRefreshAsync(string owner, string repo, CancellationToken ct = default)
    {
        var key = GitHubKeys.KeyOf(owner, repo);
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var snapshot = await db.GitHubRepos.SingleOrDefaultAsync(s => s.Key == key, ct);
            if (snapshot is null)
            {
                db.GitHubRepos.Add(new GitHubRepoSnapshot { Key = key, RequestName = $"{owner}/{repo}", NextRefreshAtUtc = now });
            }
            else
            {
                snapshot.NextRefreshAtUtc = now;
                snapshot.FailureCount = 0;
            }

            await SaveIgnoringRaceAsync(db, ct);
        }

        _queue.Writer.TryWrite(key);
    }

    public async Task RequestUserRefreshAsync(string login, CancellationToken ct = default)
    {
        var key = GitHubKeys.UserKeyOf(login);
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var snapshot = await db.GitHubUsers.SingleOrDefaultAsync(s => s.Login == key, ct);
            if (snapshot is null)
            {
                db.GitHubUsers.Add(new GitHubUserSnapshot { Login = key, NextRefreshAtUtc = now });
            }
            else
            {
                snapshot.NextRefreshAtUtc = now;
            }

            await SaveIgnoringRaceAsync(db, ct);
        }

        _queue.Writer.TryWrite(GitHubKeys.UserQueuePrefix + key);
    }

    private static async Task SaveIgnoringRaceAsync(DevConnectDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another save created the same row a moment ago; queueing the key is all that is left to do.
        }
    }
}

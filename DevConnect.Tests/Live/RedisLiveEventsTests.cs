using System.Text.Json;
using DevConnect.Domain.Applications;
using DevConnect.Domain.GitHub;
using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace DevConnect.Tests.Live;

/// <summary>Two servers' hubs on one real Redis: what one server publishes, the other's watchers hear.</summary>
public sealed class RedisLiveEventsTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private const string Feed = LiveKeys.ProjectFeed;
    private readonly List<IAsyncDisposable> _connections = [];
    private readonly List<RedisLiveEvents> _servers = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            server.Dispose();
        }

        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_project_published_on_one_server_reaches_a_watcher_on_the_other()
    {
        var (a, b) = (await ServerAsync(), await ServerAsync());
        using var watcherOnA = new LiveProbe<ProjectPublished>(a, Feed);

        await b.PublishAsync(Feed, new ProjectPublished(42, ["rust", "go"], ProjectStatus.Recruiting, true, Commitment.ShortTerm));

        var heard = Assert.Single(await watcherOnA.WaitForAsync());
        Assert.Equal((42, ProjectStatus.Recruiting, true, Commitment.ShortTerm), (heard.ProjectId, heard.Status, heard.IsJuniorFriendly, heard.Commitment));
        Assert.Equal(["rust", "go"], heard.Tags);
    }

    [Fact]
    public async Task The_publishing_server_hears_its_own_event_once_and_the_other_server_once()
    {
        var (a, b) = (await ServerAsync(), await ServerAsync());
        using var onA = new LiveProbe<ProjectUpdated>(a, Feed);
        using var onB = new LiveProbe<ProjectUpdated>(b, Feed);

        await a.PublishAsync(Feed, new ProjectUpdated(1));
        await a.PublishAsync(Feed, new ProjectUpdated(2));

        Assert.Equal([new ProjectUpdated(1), new ProjectUpdated(2)], await onB.WaitForAsync(2));
        // B heard both, so A's echo from Redis has come back too by now; it must not have doubled A's events.
        await a.PublishAsync(Feed, new ProjectUpdated(3));
        await onB.WaitForAsync(3);
        Assert.Equal([new ProjectUpdated(1), new ProjectUpdated(2), new ProjectUpdated(3)], await onA.WaitForAsync(3));
    }

    [Fact]
    public async Task A_project_changed_on_another_server_is_news_to_this_servers_shared_reads_before_any_watcher_reloads()
    {
        var versionOnB = new ProjectChangeVersion();
        await AssertVersionMovesBeforeWatchersHearAsync(versionOnB, new RemoteProjectChanges(versionOnB), Feed, new ProjectUpdated(5));
    }

    [Fact]
    public async Task A_team_changed_on_another_server_is_news_to_this_servers_team_records_before_any_watcher_reloads()
    {
        var versionOnB = new TeamChangeVersion();
        await AssertVersionMovesBeforeWatchersHearAsync(versionOnB, new RemoteTeamChanges(versionOnB), LiveKeys.Project(5), new TeamChanged(5));
    }

    [Fact]
    public async Task An_application_changed_on_another_server_is_news_to_this_servers_standings_before_any_watcher_reloads()
    {
        var versionOnB = new TeamChangeVersion();
        await AssertVersionMovesBeforeWatchersHearAsync(versionOnB, new RemoteTeamChanges(versionOnB), LiveKeys.Applicant("member-1"),
            new ApplicationStatusChanged(9, 5, ApplicationStatus.Accepted));
    }

    private async Task AssertVersionMovesBeforeWatchersHearAsync<TEvent>(ChangeVersion versionOnB, IRemoteEventListener listener, string key, TEvent change)
        where TEvent : class
    {
        var a = await ServerAsync();
        var b = await ServerAsync(redis, listener);
        var seenByWatcher = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = b.Subscribe<TEvent>(key, _ =>
        {
            seenByWatcher.TrySetResult(versionOnB.Current);
            return Task.CompletedTask;
        });

        await a.PublishAsync(key, change);

        Assert.Equal(1, await seenByWatcher.Task.WaitAsync(Patience.Wait));
    }

    [Fact]
    public async Task Edits_keep_their_order_from_one_server_to_the_other()
    {
        var (a, b) = (await ServerAsync(), await ServerAsync());
        using var onB = new LiveProbe<ProjectUpdated>(b, LiveKeys.Project(7));

        for (var id = 1; id <= 40; id++)
        {
            await a.PublishAsync(LiveKeys.Project(7), new ProjectUpdated(id));
        }

        Assert.Equal(Enumerable.Range(1, 40).Select(id => new ProjectUpdated(id)), await onB.WaitForAsync(40));
    }

    [Fact]
    public async Task Only_watchers_of_the_key_and_the_type_hear_an_event_from_another_server()
    {
        var (a, b) = (await ServerAsync(), await ServerAsync());
        using var otherProject = new LiveProbe<ProjectUpdated>(a, LiveKeys.Project(2));
        using var otherType = new LiveProbe<ProjectDeleted>(a, LiveKeys.Project(1));
        using var watcher = new LiveProbe<ProjectUpdated>(a, LiveKeys.Project(1));

        await b.PublishAsync(LiveKeys.Project(1), new ProjectUpdated(1));
        await b.PublishAsync(LiveKeys.Project(1), new ProjectDeleted(1));

        await watcher.WaitForAsync();
        Assert.Equal([new ProjectDeleted(1)], await otherType.WaitForAsync());
        Assert.Empty(otherProject.Heard);
    }

    [Fact]
    public async Task Every_registered_event_crosses_the_wire_intact()
    {
        var samples = new object[]
        {
            new ProjectPublished(1, ["csharp"], ProjectStatus.InProgress, false, Commitment.LongTerm),
            new ProjectUpdated(2), new ProjectDeleted(3),
            new ApplicationSubmitted(4, 5), new ApplicationStatusChanged(6, 7, ApplicationStatus.Accepted), new TeamChanged(8),
            new ConversationChanged(9), new NotificationsChanged("user-1"), new ProfileUpdated("user-2", "grace-kim"),
            new GitHubRepoRefreshed("octo/hello"), new GitHubUserRefreshed("octocat"),
            new DevConnect.Domain.Moderation.ModerationQueueChanged("report"),
            new DevConnect.Domain.Opportunities.OpportunityPublished(10), new DevConnect.Domain.Opportunities.OpportunityChanged(11, false),
            new DevConnect.Domain.Opportunities.OpportunityApplicationChanged(12, 13, ApplicationStatus.Declined),
            new DevConnect.Domain.Matching.SuggestionsChanged("user-3"),
            new DevConnect.Domain.Accounts.Sessions.SessionsEnded("user-4", "session-5"),
        };
        Assert.Equal(LiveEventTypes.All.OrderBy(t => t.Name), samples.Select(s => s.GetType()).OrderBy(t => t.Name));
        var (a, b) = (await ServerAsync(), await ServerAsync());
        using var heard = new LiveProbe<object>(b, "everything");

        foreach (var sample in samples)
        {
            await a.PublishAsync("everything", sample);
        }

        var arrived = await heard.WaitForAsync(samples.Length);
        Assert.Equal(samples.Select(Json), arrived.Select(Json));
        Assert.Equal(samples.Select(s => s.GetType()), arrived.Select(e => e.GetType()));
    }

    [Fact]
    public async Task An_event_nobody_registered_is_refused_by_either_hub()
    {
        var redisHub = await ServerAsync();
        using var localHub = new InProcessLiveEvents(NullLogger<InProcessLiveEvents>.Instance);

        var fromRedis = await Assert.ThrowsAsync<InvalidOperationException>(() => redisHub.PublishAsync(Feed, new Unregistered(1)));
        var fromLocal = await Assert.ThrowsAsync<InvalidOperationException>(() => localHub.PublishAsync(Feed, new Unregistered(1)));

        Assert.Contains(nameof(LiveEventTypes), fromRedis.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(LiveEventTypes), fromLocal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_Redis_gone_publishing_still_returns_at_once_and_the_servers_own_watchers_hear_it()
    {
        await using var ownRedis = new RedisServer();
        await ownRedis.InitializeAsync();
        var a = await ServerAsync(ownRedis);
        var b = await ServerAsync(ownRedis);
        using var onA = new LiveProbe<ProjectUpdated>(a, Feed);
        using var onB = new LiveProbe<ProjectUpdated>(b, Feed);
        ownRedis.Stop();

        var publish = a.PublishAsync(Feed, new ProjectUpdated(1));

        Assert.True(publish.IsCompletedSuccessfully, "publishing waited for Redis");
        Assert.Equal([new ProjectUpdated(1)], await onA.WaitForAsync());

        // Once Redis is back, the bus carries events again without a restart.
        await ownRedis.RestartAsync();
        await WaitUntilReconnectedAsync(a, onB);
    }

    private static async Task WaitUntilReconnectedAsync(RedisLiveEvents a, LiveProbe<ProjectUpdated> onB)
    {
        var deadline = DateTime.UtcNow + Patience.Wait;
        for (var id = 100; onB.Heard.All(e => e.ProjectId < 100); id++)
        {
            Assert.True(DateTime.UtcNow < deadline, "the servers did not hear each other again after Redis came back");
            await a.PublishAsync(Feed, new ProjectUpdated(id));
            await Task.Delay(250);
        }
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType());

    private Task<RedisLiveEvents> ServerAsync() => ServerAsync(redis);

    private async Task<RedisLiveEvents> ServerAsync(RedisServer server, params IRemoteEventListener[] listeners)
    {
        var options = ConfigurationOptions.Parse(server.ConnectionString);
        options.AbortOnConnectFail = false;
        var connection = await ConnectionMultiplexer.ConnectAsync(options);
        _connections.Add(connection);
        var hub = new RedisLiveEvents(connection, new InProcessLiveEvents(NullLogger<InProcessLiveEvents>.Instance), listeners, NullLogger<RedisLiveEvents>.Instance);
        _servers.Add(hub);
        // Redis only delivers to subscriptions it has confirmed; a test publishing before that would race it.
        await connection.GetSubscriber().PingAsync();
        return hub;
    }

    private sealed record Unregistered(int Id);
}

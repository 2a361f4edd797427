using DevConnect.Domain.Live;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.OutputCaching;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Evicts cached pages when the events that update open pages are published, so the next visitor's first paint
/// is as fresh as what a live viewer sees: a project published, edited or deleted evicts the feed, the home page,
/// that project's page and the profiles (which list projects); a profile saved evicts the profiles, the directory
/// and the home page (its newest members). Profile pages are evicted together because a handle can change.
/// </summary>
public sealed class PageCacheEviction(ILiveEvents live, IOutputCacheStore store, ILogger<PageCacheEviction> logger) : IHostedService, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_subscriptions)
        {
            _subscriptions.Add(live.Subscribe<ProjectPublished>(LiveKeys.ProjectFeed, e => ProjectChangedAsync(e.ProjectId)));
            _subscriptions.Add(live.Subscribe<ProjectUpdated>(LiveKeys.ProjectFeed, e => ProjectChangedAsync(e.ProjectId)));
            _subscriptions.Add(live.Subscribe<ProjectDeleted>(LiveKeys.ProjectFeed, e => ProjectChangedAsync(e.ProjectId)));
            _subscriptions.Add(live.Subscribe<ProfileUpdated>(LiveKeys.People, _ =>
                EvictAsync(PageCache.ProfilesTag, PageCache.PeopleTag, PageCache.HomeTag)));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    // StopAsync and the container's disposal can run at the same time on shutdown: take the list once, under a lock.
    public void Dispose()
    {
        IDisposable[] subscriptions;
        lock (_subscriptions)
        {
            subscriptions = [.. _subscriptions];
            _subscriptions.Clear();
        }

        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }
    }

    private Task ProjectChangedAsync(int projectId) =>
        EvictAsync(PageCache.FeedTag, PageCache.HomeTag, PageCache.ProjectTag(projectId), PageCache.ProfilesTag);

    private async Task EvictAsync(params string[] tags)
    {
        foreach (var tag in tags)
        {
            try
            {
                await store.EvictByTagAsync(tag, CancellationToken.None);
            }
            catch (Exception ex)
            {
                // A failed eviction leaves a page at most PageCache:Duration old; never fail the publisher.
                logger.LogWarning(ex, "Could not evict cached pages tagged {Tag}", tag);
            }
        }
    }
}

using DevConnect.Domain.Applications;
using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DevConnect.Tests.Applications;

/// <summary>Submitting an application, opening its conversation and notifying the owner (with the email) happen in one transaction.</summary>
public sealed class ApplicationAtomicityTests : IAsyncLifetime
{
    private const string Pitch = "Hello! I would love to help with the backend and learn a lot.";
    private DomainHarness _domain = default!;
    private CommitWitness _witness = default!;
    private string _owner = "";
    private int _project;

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(configure: services => services.AddSingleton<ILiveEvents>(sp => _witness = new CommitWitness(
            new InProcessLiveEvents(sp.GetRequiredService<ILogger<InProcessLiveEvents>>()), sp.GetRequiredService<IDbContextFactory<DevConnectDbContext>>())));
        _owner = await _domain.CreateMemberAsync("Careful Owner");
        _project = (await _domain.Get<ProjectService>().CreateAsync(_owner, new ProjectDraft
        {
            Name = "Ledger", Summary = "Double-entry bookkeeping", Status = ProjectStatus.Recruiting, Roles = [new RoleDraft("backend", true)],
        })).ProjectId!.Value;
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<(int Applications, int Conversations, int Messages, int Notifications, int Emails)> Counts()
    {
        await using var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        return (await db.Applications.CountAsync(a => a.ProjectId == _project),
            await db.Conversations.CountAsync(c => c.ProjectId == _project),
            await db.Messages.CountAsync(),
            await db.Notifications.CountAsync(n => n.RecipientId == _owner),
            await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task A_failure_at_the_last_step_leaves_no_application_conversation_notification_or_email_and_announces_nothing()
    {
        var applicant = await _domain.CreateMemberAsync("Unlucky Applicant");
        _witness.Heard.Clear();
        await DiskFull.StartAsync(_domain, "Notifications");

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => _domain.Get<ApplicationService>().ApplyAsync(applicant, _project, "backend", Pitch));

        Assert.Equal((0, 0, 0, 0, 0), await Counts());
        Assert.Empty(_witness.Heard);

        // Nothing half-made blocks the retry: the unique "one pending application" index is free.
        await DiskFull.EndAsync(_domain, "Notifications");
        var retry = await _domain.Get<ApplicationService>().ApplyAsync(applicant, _project, "backend", Pitch);
        Assert.True(retry.Succeeded);
        Assert.Equal((1, 1, 1, 1, 1), await Counts());
    }

    [Fact]
    public async Task Live_events_of_an_application_are_published_only_once_everything_is_committed()
    {
        var applicant = await _domain.CreateMemberAsync("Punctual Applicant");
        _witness.Heard.Clear();

        var result = await _domain.Get<ApplicationService>().ApplyAsync(applicant, _project, "backend", Pitch);

        Assert.True(result.Succeeded);
        Assert.Equal(
            [nameof(DevConnect.Domain.Messaging.NotificationsChanged), nameof(ApplicationSubmitted), nameof(ApplicationStatusChanged)],
            _witness.Heard.Select(h => h.Event));
        // At the moment each event was published, a fresh connection already saw all of it.
        Assert.All(_witness.Heard, h => Assert.Equal((1, 1, 1), h.Committed));
    }

    /// <summary>
    /// The real hub, plus a look at the database at the moment each event is published: what a viewer who hears the
    /// event and reads at once would find.
    /// </summary>
    private sealed class CommitWitness(InProcessLiveEvents hub, IDbContextFactory<DevConnectDbContext> dbFactory) : ILiveEvents
    {
        public List<(string Event, (int Applications, int Conversations, int Notifications) Committed)> Heard { get; } = [];

        public IDisposable Subscribe<TEvent>(string key, Func<TEvent, Task> handler) => hub.Subscribe(key, handler);

        public async Task PublishAsync<TEvent>(string key, TEvent liveEvent)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            Heard.Add((typeof(TEvent).Name, (await db.Applications.CountAsync(), await db.Conversations.CountAsync(), await db.Notifications.CountAsync())));
            await hub.PublishAsync(key, liveEvent);
        }
    }
}

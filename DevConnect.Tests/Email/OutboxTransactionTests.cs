using DevConnect.Domain.Accounts;
using DevConnect.Domain.Email;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Email;

/// <summary>An email exists exactly when the change that caused it committed; digests survive a run that breaks half way.</summary>
public sealed class OutboxTransactionTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly SmtpSink _sink = SmtpSink.Start();
    private DomainHarness _domain = default!;

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync(clock: _clock, settings: new Dictionary<string, string?>
    {
        ["Email:SmtpHost"] = "127.0.0.1",
        ["Email:SmtpPort"] = _sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:SmtpEnableSsl"] = "false",
    });

    public async ValueTask DisposeAsync()
    {
        await _domain.DisposeAsync();
        await _sink.DisposeAsync();
    }

    private async Task<int> OutboxCount()
    {
        await using var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.CountAsync();
    }

    [Fact]
    public async Task A_message_whose_save_fails_leaves_no_email_behind_and_one_that_commits_leaves_exactly_one()
    {
        var messaging = _domain.Get<MessagingService>();
        var owner = await _domain.CreateMemberAsync("Inbox Owner");
        var writer = await _domain.CreateMemberAsync("Letter Writer");
        var project = (await _domain.Get<DevConnect.Domain.Projects.ProjectService>().CreateAsync(owner, new DevConnect.Domain.Projects.ProjectDraft
        {
            Name = "Post Office", Summary = "Letters", Status = DevConnect.Domain.Projects.ProjectStatus.Recruiting,
        })).ProjectId!.Value;
        var conversation = (await messaging.ContactOwnerAsync(writer, project)).Value;
        await DiskFull.StartAsync(_domain, "Messages");

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => messaging.PostAsync(writer, conversation, "This one never gets saved."));

        Assert.Equal(0, await OutboxCount());
        Assert.Equal(0, await _domain.Get<NotificationService>().UnreadCountAsync(owner));
        await DiskFull.EndAsync(_domain, "Messages");

        await messaging.PostAsync(writer, conversation, "This one does.");

        Assert.Equal(1, await OutboxCount());
        Assert.Equal(1, await _domain.Get<OutboxSender>().DeliverDueAsync());
        Assert.Equal("DevConnect: Letter Writer sent you a message", Assert.Single(_sink.Received).Subject);
    }

    [Fact]
    public async Task A_digest_run_that_fails_half_way_never_sends_anyone_a_second_digest()
    {
        var emails = _domain.Get<NotificationEmails>();
        var notifications = _domain.Get<NotificationService>();
        var members = new List<string>();
        foreach (var name in new[] { "Digest Ada", "Digest Ben", "Digest Cy" })
        {
            var member = await _domain.CreateMemberAsync(name);
            await emails.SetPreferenceAsync(member, EmailFrequency.DailyDigest);
            await notifications.NotifyAsync(member, NotificationKind.NewMessage, $"News for {name}", "/messages");
            members.Add(member);
        }

        // The disk fills up after the first member's digest is written.
        await DiskFull.StartAsync(_domain, "OutboxMessages",
            """NEW."IdempotencyKey" LIKE 'digest:%' AND (SELECT COUNT(*) FROM "OutboxMessages" WHERE "IdempotencyKey" LIKE 'digest:%') >= 1""");
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => emails.SendDigestsAsync());
        Assert.Equal(1, await _domain.Get<OutboxSender>().DeliverDueAsync());
        await DiskFull.EndAsync(_domain, "OutboxMessages");

        // The next run (an hour later) picks up the two who were not served, and only them.
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, await emails.SendDigestsAsync());
        Assert.Equal(0, await emails.SendDigestsAsync());
        Assert.Equal(2, await _domain.Get<OutboxSender>().DeliverDueAsync());

        Assert.Equal(3, _sink.Received.Count);
        Assert.All(_sink.Received, m => Assert.Equal("DevConnect: 1 new notifications", m.Subject));
        await using var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        var addresses = await db.Users.Where(u => members.Contains(u.Id)).Select(u => u.Email!).ToListAsync();
        Assert.Equal(addresses.Order(), _sink.Received.Select(m => m.To.Mailboxes.Single().Address).Order());
    }
}

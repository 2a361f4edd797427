using DevConnect.Domain.Email;
using DevConnect.Domain.Persistence;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Email;

/// <summary>The background sender against a real SMTP server on loopback (MailKit talking to <see cref="SmtpSink"/>), over a real SQLite file.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly int _port = SmtpSink.FreePort();
    private DomainHarness _domain = default!;

    private OutboxSender Sender => _domain.Get<OutboxSender>();

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync(clock: _clock, settings: new Dictionary<string, string?>
    {
        ["Email:SmtpHost"] = "127.0.0.1",
        ["Email:SmtpPort"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:SmtpEnableSsl"] = "false",
        ["Email:Outbox:MaxAttempts"] = "4",
        ["Email:Outbox:BaseDelay"] = "00:00:30",
        ["Email:Outbox:MaxDelay"] = "00:10:00",
        ["Email:Outbox:SmtpTimeout"] = "00:00:10",
    });

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private Task Enqueue(string key, string to = "reader@example.com") =>
        _domain.Get<EmailOutbox>().EnqueueAsync(key, new EmailMessage(to, $"Subject {key}", $"<p>Body of {key}</p>"));

    private async Task<OutboxMessage> Row(string key)
    {
        await using var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == key);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_with_growing_back_off_and_delivered_once_the_server_is_up()
    {
        await Enqueue("welcome");

        Assert.Equal(0, await Sender.DeliverDueAsync());
        var first = await Row("welcome");
        Assert.Equal((OutboxState.Pending, 1), (first.State, first.Attempts));
        Assert.False(string.IsNullOrEmpty(first.LastError));
        Assert.InRange(first.NextAttemptAtUtc, Now.AddSeconds(15), Now.AddSeconds(30));

        // Not due yet: nobody knocks again before the back-off has passed.
        Assert.Equal(0, await Sender.DeliverDueAsync());
        Assert.Equal(1, (await Row("welcome")).Attempts);

        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await Sender.DeliverDueAsync());
        var second = await Row("welcome");
        Assert.Equal(2, second.Attempts);
        Assert.InRange(second.NextAttemptAtUtc, Now.AddSeconds(30), Now.AddSeconds(60));

        await using var sink = SmtpSink.Start(_port);
        _clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(1, await Sender.DeliverDueAsync());

        var delivered = Assert.Single(sink.Received);
        Assert.Equal("Subject welcome", delivered.Subject);
        Assert.Contains("Body of welcome", delivered.HtmlBody, StringComparison.Ordinal);
        var sent = await Row("welcome");
        Assert.Equal((OutboxState.Sent, 3), (sent.State, sent.Attempts));
        Assert.Equal(0, await Sender.DeliverDueAsync());
        Assert.Single(sink.Received);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_marked_dead_after_the_configured_attempts_with_its_last_error()
    {
        await Enqueue("doomed");

        for (var attempt = 0; attempt < 6; attempt++)
        {
            await Sender.DeliverDueAsync();
            _clock.Advance(TimeSpan.FromMinutes(10));
        }

        var row = await Row("doomed");
        Assert.Equal((OutboxState.Dead, 4), (row.State, row.Attempts));
        Assert.False(string.IsNullOrEmpty(row.LastError));
    }

    [Fact]
    public async Task A_temporary_refusal_of_one_recipient_delays_only_that_message()
    {
        await using var sink = SmtpSink.Start(_port);
        sink.RefuseRecipient = address => address == "busy@example.com";
        await Enqueue("for-busy", "busy@example.com");
        await Enqueue("for-free", "free@example.com");

        Assert.Equal(1, await Sender.DeliverDueAsync());
        Assert.Equal(OutboxState.Pending, (await Row("for-busy")).State);
        Assert.Contains("451", (await Row("for-busy")).LastError, StringComparison.Ordinal);

        sink.RefuseRecipient = _ => false;
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await Sender.DeliverDueAsync());
        Assert.Equal(["free@example.com", "busy@example.com"], sink.Received.Select(m => m.To.Mailboxes.Single().Address));
    }

    [Fact]
    public async Task Two_senders_running_at_once_send_each_message_exactly_once()
    {
        await using var sink = SmtpSink.Start(_port);
        var keys = Enumerable.Range(1, 30).Select(i => $"race-{i}").ToList();
        foreach (var key in keys)
        {
            await Enqueue(key);
        }

        // A second sender with its own state, as a second worker or server would have: only the database is shared.
        var other = ActivatorUtilities.CreateInstance<OutboxSender>(_domain.Services);
        var counts = await Task.WhenAll(Sender.DeliverDueAsync(), other.DeliverDueAsync(), Sender.DeliverDueAsync());

        Assert.Equal(30, counts.Sum());
        Assert.Equal(keys.Select(k => $"Subject {k}").Order(), sink.Received.Select(m => m.Subject).Order());
        Assert.Equal(30, sink.Received.Select(m => m.MessageId).Distinct().Count());
        foreach (var key in keys)
        {
            Assert.Equal((OutboxState.Sent, 1), ((await Row(key)).State, (await Row(key)).Attempts));
        }
    }

    [Fact]
    public async Task Enqueuing_the_same_key_twice_keeps_one_message()
    {
        await Enqueue("once");

        await Assert.ThrowsAsync<DbUpdateException>(() => Enqueue("once"));

        await using var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.IdempotencyKey == "once"));
    }
}

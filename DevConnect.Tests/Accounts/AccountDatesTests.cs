using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Accounts;

/// <summary>The date an account was created comes from the domain's clock, so a test (or a replay) decides it.</summary>
public sealed class AccountDatesTests
{
    private static readonly DateTimeOffset _today = new(2031, 3, 4, 10, 30, 0, TimeSpan.Zero);

    private static async Task<List<DateTime>> AccountDatesAsync(DomainHarness domain)
    {
        await using var db = await domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Users.Select(u => u.CreatedAtUtc).ToListAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_member_who_signs_up_has_an_account_created_at_the_clocks_time()
    {
        var clock = new ManualClock(_today);
        await using var domain = await DomainHarness.StartAsync(clock: clock);

        clock.Advance(TimeSpan.FromHours(5));
        await domain.CreateMemberAsync("Dated Member");

        Assert.Equal([_today.UtcDateTime.AddHours(5)], await AccountDatesAsync(domain));
    }

    [Fact]
    public async Task The_demo_community_joined_in_the_weeks_before_the_clocks_today()
    {
        await using var domain = await DomainHarness.StartAsync(seedDemoData: true, clock: new ManualClock(_today));

        var dates = await AccountDatesAsync(domain);

        Assert.NotEmpty(dates);
        Assert.All(dates, date => Assert.InRange(date, _today.UtcDateTime.AddDays(-100), _today.UtcDateTime.AddDays(-1)));
        Assert.Equal(_today.UtcDateTime.AddDays(-3), dates.Max());
    }
}

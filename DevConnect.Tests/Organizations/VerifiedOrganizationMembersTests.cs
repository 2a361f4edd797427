using DevConnect.Domain.Organizations;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Organizations;

/// <summary>
/// Whether a profile's visitor may contact its developer for an organization is answered from a kept set of the
/// members of verified organizations: joining, leaving and verification show on the next visit, and a change no
/// service announced within the kept reads' bound.
/// </summary>
public sealed class VerifiedOrganizationMembersTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;
    private string _admin = "";
    private string _developer = "";
    private OrganizationView _organization = default!;

    private OrganizationContact Contact => _domain.Get<OrganizationContact>();

    private OrganizationMembership Membership => _domain.Get<OrganizationMembership>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(clock: _clock);
        _admin = await _domain.CreateMemberAsync("Vera Admin");
        _developer = await _domain.CreateMemberAsync("Open Developer");
        await Contact.SetConsentAsync(_developer, isOpen: true, OpportunityVisibility.VerifiedOrganizations);
        _organization = await OrganizationTestData.CreateAsync(_domain.Services, _admin, OrganizationTestData.Draft("Harbour Jobs", "harbour-jobs", website: "https://harbour.example"));
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<string[]> OfferedAsync(string viewer) =>
        (await Contact.OrganizationsThatMayContactAsync(viewer, _developer)).Select(o => o.Name).ToArray();

    private async Task VerifyAsync()
    {
        Assert.True((await Membership.RequestVerificationAsync(_admin, _organization.Id, "jobs@harbour.example")).Succeeded);
        Assert.True((await Membership.ConfirmVerificationAsync(OrganizationTestData.LinkSecret(await _domain.DeliveredEmailsAsync(), "jobs@harbour.example"))).Succeeded);
    }

    [Fact]
    public async Task An_organization_verified_joined_or_left_shows_on_the_next_visit()
    {
        var recruiter = await _domain.CreateMemberAsync("New Recruiter");
        Assert.Empty(await OfferedAsync(_admin));

        await VerifyAsync();
        Assert.Equal(["Harbour Jobs"], await OfferedAsync(_admin));
        Assert.Empty(await OfferedAsync(recruiter));

        Assert.True((await Membership.InviteAsync(_admin, _organization.Id, "recruiter@elsewhere.org")).Succeeded);
        Assert.True((await Membership.AcceptInvitationAsync(recruiter, OrganizationTestData.LinkSecret(await _domain.DeliveredEmailsAsync(), "recruiter@elsewhere.org"))).Succeeded);
        Assert.Equal(["Harbour Jobs"], await OfferedAsync(recruiter));

        Assert.True((await Membership.LeaveAsync(recruiter, _organization.Id)).Succeeded);
        Assert.Empty(await OfferedAsync(recruiter));
    }

    [Fact]
    public async Task A_change_that_announces_nothing_shows_once_the_kept_set_is_older_than_its_bound()
    {
        await VerifyAsync();
        Assert.Equal(["Harbour Jobs"], await OfferedAsync(_admin));

        // Written straight to the database, as no service does (another server's change is announced the same way).
        await using (var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync())
        {
            await db.Organizations.Where(o => o.Id == _organization.Id).ExecuteUpdateAsync(u => u.SetProperty(o => o.VerifiedAtUtc, (DateTime?)null));
        }

        _clock.Advance(SharedProjectReads.MaxAge + TimeSpan.FromSeconds(1));
        Assert.Empty(await OfferedAsync(_admin));
        // Contacting never relied on the kept set: it checks the organization in the database.
        Assert.Equal(OrganizationErrors.NotVerified, (await Contact.ContactAsync(_admin, _organization.Id, _developer, "Hello! Would you talk about a junior role with us?")).Error!.Code);
    }
}

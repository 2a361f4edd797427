using DevConnect.Domain.Organizations;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Organizations;

public sealed class OrganizationVerificationTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;
    private string _admin = "";
    private OrganizationView _acme = default!;

    private OrganizationService Organizations => _domain.Get<OrganizationService>();

    private OrganizationMembership Membership => _domain.Get<OrganizationMembership>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        _admin = await _domain.CreateMemberAsync("Vera Admin");
        _acme = await OrganizationTestData.CreateAsync(_domain.Services, _admin, OrganizationTestData.Draft("Acme", "acme", website: "https://www.acme.io"));
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task Confirming_an_address_at_the_website_s_domain_verifies_the_organization()
    {
        Assert.False(_acme.IsVerified);
        Assert.True((await Membership.RequestVerificationAsync(_admin, _acme.Id, "hr@acme.io")).Succeeded);
        var secret = OrganizationTestData.LinkSecret(await _domain.DeliveredEmailsAsync(), "hr@acme.io");
        Assert.Equal("Acme", (await Membership.DescribeLinkAsync(secret, OrganizationTokenPurpose.Verification))!.OrganizationName);

        Assert.True((await Membership.ConfirmVerificationAsync(secret)).Succeeded);

        var acme = (await Organizations.GetAsync("acme"))!;
        Assert.True(acme.IsVerified);
        Assert.Equal("acme.io", acme.VerifiedDomain);
    }

    [Fact]
    public async Task An_address_elsewhere_is_refused_at_the_email_field_and_nothing_is_sent()
    {
        var result = await Membership.RequestVerificationAsync(_admin, _acme.Id, "me@gmail.com");

        Assert.Equal(OrganizationErrors.EmailOutsideDomain, result.Error!.Code);
        Assert.Equal(OrganizationRules.EmailField, result.Error.Field);
        Assert.Empty(await _domain.DeliveredEmailsAsync());
    }

    [Fact]
    public async Task Only_an_admin_can_ask_for_verification()
    {
        var outsider = await _domain.CreateMemberAsync("Not Admin");

        Assert.Equal(OrganizationErrors.NotAdmin, (await Membership.RequestVerificationAsync(outsider, _acme.Id, "hr@acme.io")).Error!.Code);
    }

    [Fact]
    public async Task A_forged_or_invitation_link_does_not_verify()
    {
        await Membership.InviteAsync(_admin, _acme.Id, "friend@acme.io");
        var invitation = OrganizationTestData.LinkSecret(await _domain.DeliveredEmailsAsync(), "friend@acme.io");

        Assert.Equal(OrganizationErrors.LinkInvalid, (await Membership.ConfirmVerificationAsync(invitation)).Error!.Code);
        Assert.Equal(OrganizationErrors.LinkInvalid, (await Membership.ConfirmVerificationAsync("forged")).Error!.Code);
        Assert.False((await Organizations.GetAsync("acme"))!.IsVerified);
    }

    [Fact]
    public async Task Moving_the_website_to_another_domain_drops_the_verification()
    {
        await Membership.RequestVerificationAsync(_admin, _acme.Id, "hr@acme.io");
        await Membership.ConfirmVerificationAsync(OrganizationTestData.LinkSecret(await _domain.DeliveredEmailsAsync(), "hr@acme.io"));
        var verified = (await Organizations.GetAsync("acme"))!;

        Assert.True((await Organizations.UpdateAsync(_admin, _acme.Id, verified.Version, verified.ToDraft() with { Website = "https://acme.io/careers" })).Succeeded);
        Assert.True((await Organizations.GetAsync("acme"))!.IsVerified);
        var kept = (await Organizations.GetAsync("acme"))!;
        Assert.True((await Organizations.UpdateAsync(_admin, _acme.Id, kept.Version, kept.ToDraft() with { Website = "https://other.example" })).Succeeded);

        Assert.False((await Organizations.GetAsync("acme"))!.IsVerified);
    }

    [Fact]
    public async Task An_organization_sends_a_limited_number_of_emails_a_day()
    {
        for (var i = 0; i < OrganizationMembership.EmailsPerDay; i++)
        {
            Assert.True((await Membership.InviteAsync(_admin, _acme.Id, $"person{i}@elsewhere.org")).Succeeded);
        }

        var refused = await Membership.InviteAsync(_admin, _acme.Id, "one-more@elsewhere.org");

        Assert.Equal(OrganizationErrors.TooManyEmails, refused.Error!.Code);
    }
}

using DevConnect.Domain.Messaging;
using DevConnect.Domain.Organizations;
using DevConnect.Domain.Safety;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Organizations;

public sealed class OrganizationContactTests : IAsyncLifetime
{
    private const string Pitch = "Hello! We liked your work on the tide charts; would you talk about a junior role?";
    private DomainHarness _domain = default!;
    private string _recruiter = "";
    private string _developer = "";
    private OrganizationView _verified = default!;
    private OrganizationView _unverified = default!;

    private OrganizationContact Contact => _domain.Get<OrganizationContact>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(settings: new Dictionary<string, string?> { ["Limits:OrganizationContactsPerDay"] = "2" });
        _recruiter = await _domain.CreateMemberAsync("Rita Recruiter");
        _developer = await _domain.CreateMemberAsync("Dev Eloper");
        _verified = await OrganizationTestData.CreateAsync(_domain.Services, _recruiter, OrganizationTestData.Draft("Hiring Co", "hiring-co", website: "https://hiring.example"));
        _unverified = await OrganizationTestData.CreateAsync(_domain.Services, _recruiter, OrganizationTestData.Draft("Unproven", "unproven"));
        var membership = _domain.Get<OrganizationMembership>();
        await membership.RequestVerificationAsync(_recruiter, _verified.Id, "jobs@hiring.example");
        await membership.ConfirmVerificationAsync(OrganizationTestData.LinkSecret(await _domain.DeliveredEmailsAsync(), "jobs@hiring.example"));
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task Opportunities_are_off_by_default_and_then_nobody_may_write()
    {
        Assert.Equal((false, OpportunityVisibility.VerifiedOrganizations), await Contact.GetConsentAsync(_developer));
        Assert.Empty(await Contact.OrganizationsThatMayContactAsync(_recruiter, _developer));

        var refused = await Contact.ContactAsync(_recruiter, _verified.Id, _developer, Pitch);

        Assert.Equal(OrganizationErrors.NotOpen, refused.Error!.Code);
    }

    [Fact]
    public async Task Open_to_nobody_is_as_closed_as_off()
    {
        await Contact.SetConsentAsync(_developer, isOpen: true, OpportunityVisibility.Nobody);

        Assert.Empty(await Contact.OrganizationsThatMayContactAsync(_recruiter, _developer));
        Assert.Equal(OrganizationErrors.NotOpen, (await Contact.ContactAsync(_recruiter, _verified.Id, _developer, Pitch)).Error!.Code);
    }

    [Fact]
    public async Task A_verified_organization_contacts_an_open_developer_in_a_new_conversation()
    {
        await Contact.SetConsentAsync(_developer, isOpen: true, OpportunityVisibility.VerifiedOrganizations);

        Assert.Equal(["Hiring Co"], (await Contact.OrganizationsThatMayContactAsync(_recruiter, _developer)).Select(o => o.Name));
        var (conversationId, error) = await Contact.ContactAsync(_recruiter, _verified.Id, _developer, Pitch);

        Assert.Null(error);
        var conversation = (await _domain.Get<MessagingService>().GetAsync(_developer, conversationId!.Value))!;
        Assert.Equal(("Hiring Co", "hiring-co", Pitch), (conversation.ProjectName, conversation.OrganizationHandle, conversation.Messages.Single().Body));
        Assert.Equal(1, Assert.Single(await _domain.Get<MessagingService>().InboxAsync(_developer)).Unread);
    }

    [Fact]
    public async Task Unverified_organizations_and_outsiders_cannot_write()
    {
        await Contact.SetConsentAsync(_developer, isOpen: true, OpportunityVisibility.VerifiedOrganizations);
        var outsider = await _domain.CreateMemberAsync("Not Staff");

        Assert.Equal(OrganizationErrors.NotVerified, (await Contact.ContactAsync(_recruiter, _unverified.Id, _developer, Pitch)).Error!.Code);
        Assert.Equal(OrganizationErrors.NotMember, (await Contact.ContactAsync(outsider, _verified.Id, _developer, Pitch)).Error!.Code);
        Assert.Empty(await Contact.OrganizationsThatMayContactAsync(outsider, _developer));
    }

    [Fact]
    public async Task A_developer_who_blocked_the_sender_is_not_contacted()
    {
        await Contact.SetConsentAsync(_developer, isOpen: true, OpportunityVisibility.VerifiedOrganizations);
        await _domain.Get<BlockService>().BlockAsync(_developer, _recruiter);

        Assert.Equal(OrganizationErrors.NotOpen, (await Contact.ContactAsync(_recruiter, _verified.Id, _developer, Pitch)).Error!.Code);
    }

    [Fact]
    public async Task An_organization_contacts_a_limited_number_of_developers_a_day()
    {
        var developers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var developer = await _domain.CreateMemberAsync($"Open Dev {i}");
            await Contact.SetConsentAsync(developer, isOpen: true, OpportunityVisibility.VerifiedOrganizations);
            developers.Add(developer);
        }

        Assert.True((await Contact.ContactAsync(_recruiter, _verified.Id, developers[0], Pitch)).Succeeded);
        Assert.True((await Contact.ContactAsync(_recruiter, _verified.Id, developers[1], Pitch + " (2)")).Succeeded);
        var third = await Contact.ContactAsync(_recruiter, _verified.Id, developers[2], Pitch + " (3)");

        Assert.Equal(OrganizationErrors.TooManyContacts, third.Error!.Code);
        Assert.Equal(2, third.Error.Arguments![0]);
    }

    [Fact]
    public async Task A_too_short_message_is_refused_at_its_field()
    {
        await Contact.SetConsentAsync(_developer, isOpen: true, OpportunityVisibility.VerifiedOrganizations);

        var refused = await Contact.ContactAsync(_recruiter, _verified.Id, _developer, "Hi");

        Assert.Equal((OrganizationContact.MessageField, OrganizationErrors.ContactLength), (refused.Error!.Field, refused.Error.Code));
    }
}

using DevConnect.Domain.Organizations;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Organizations;

/// <summary>Organizations the tests start from, created through the service as a member would.</summary>
internal static class OrganizationTestData
{
    public static OrganizationDraft Draft(string name, string handle, string? website = "https://example.com", string[]? tech = null, string[]? locations = null) => new()
    {
        Name = name,
        Handle = handle,
        Description = $"**{name}** builds things.",
        Website = website,
        Tech = tech ?? ["C#"],
        Locations = locations ?? ["Paris"],
    };

    public static async Task<OrganizationView> CreateAsync(IServiceProvider services, string adminId, OrganizationDraft draft)
    {
        var organizations = (OrganizationService)services.GetService(typeof(OrganizationService))!;
        var result = await organizations.CreateAsync(adminId, draft);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
        return (await organizations.GetAsync(result.Handle!))!;
    }

    /// <summary>A new member of the organization, joined through an emailed invitation as a person would.</summary>
    public static async Task<string> JoinAsync(DomainHarness domain, string adminId, int organizationId, string name)
    {
        var member = await domain.CreateMemberAsync(name);
        var email = $"{name.Replace(' ', '.')}@elsewhere.org";
        var membership = domain.Get<OrganizationMembership>();
        Assert.True((await membership.InviteAsync(adminId, organizationId, email)).Succeeded);
        Assert.True((await membership.AcceptInvitationAsync(member, LinkSecret(await domain.DeliveredEmailsAsync(), email))).Succeeded);
        return member;
    }

    /// <summary>The secret of the newest link emailed to <paramref name="to"/> (invitation or verification).</summary>
    public static string LinkSecret(IEnumerable<string> emails, string to)
    {
        var email = emails.Last(e => e.Contains(to, StringComparison.OrdinalIgnoreCase));
        var link = DevConnectAppFactory.FirstLink(email);
        return link[(link.LastIndexOf('/') + 1)..];
    }
}

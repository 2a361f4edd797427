using DevConnect.Domain.Opportunities;
using DevConnect.Domain.Organizations;
using DevConnect.Domain.Profiles;
using DevConnect.Tests.Infrastructure;
using DevConnect.Tests.Organizations;

namespace DevConnect.Tests.Opportunities;

/// <summary>Verified organizations and opportunities the tests start from, made through the services as members would.</summary>
internal static class OpportunityTestData
{
    public const string Pitch = "Hello! I built the offline charts on Tide Tables and would love to learn more with your team.";

    public static OpportunityDraft Draft(string title = "Rust internship in Lyon", OpportunityType type = OpportunityType.Internship, string[]? skills = null) => new()
    {
        Type = type,
        Title = title,
        Description = "Pair with a **senior** every day.",
        Level = ExperienceLevel.Junior,
        Location = "Lyon",
        IsRemote = true,
        Skills = skills ?? ["Rust"],
        SalaryMin = 1100,
        SalaryMax = 1300,
        Currency = "EUR",
        SalaryPeriod = SalaryPeriod.Month,
    };

    /// <summary>An organization whose admin confirmed an address at its website's domain.</summary>
    public static async Task<OrganizationView> VerifiedAsync(DomainHarness domain, string adminId, string name, string handle)
    {
        var organization = await OrganizationTestData.CreateAsync(domain.Services, adminId, OrganizationTestData.Draft(name, handle, website: $"https://{handle}.example"));
        var membership = domain.Get<OrganizationMembership>();
        await membership.RequestVerificationAsync(adminId, organization.Id, $"jobs@{handle}.example");
        await membership.ConfirmVerificationAsync(OrganizationTestData.LinkSecret(await domain.DeliveredEmailsAsync(), $"jobs@{handle}.example"));
        return (await domain.Get<OrganizationService>().GetAsync(handle))!;
    }

    public static async Task<int> PublishAsync(DomainHarness domain, string adminId, int organizationId, OpportunityDraft? draft = null)
    {
        var result = await domain.Get<OpportunityService>().PublishAsync(adminId, organizationId, draft ?? Draft());
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
        return result.Id!.Value;
    }
}

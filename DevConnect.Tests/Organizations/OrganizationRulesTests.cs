using DevConnect.Domain.Organizations;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.Tests.Organizations;

public sealed class OrganizationRulesTests
{
    private static OrganizationDraft Valid => new()
    {
        Name = "Acme Labs", Handle = "Acme-Labs", Website = "https://www.acme.io", Locations = ["Paris", " paris ", "Remote"], Tech = ["C#", "rust", "csharp"],
    };

    [Fact]
    public void A_valid_draft_is_normalised_like_a_profile()
    {
        var (valid, errors) = OrganizationRules.Validate(Valid);

        Assert.Empty(errors);
        Assert.Equal("acme-labs", valid!.Handle);
        Assert.Equal(["Paris", "Remote"], valid.Locations);
        Assert.Equal(["csharp", "rust"], valid.Tech);
    }

    [Theory]
    [InlineData("ab", ProfileErrors.HandleLength)]
    [InlineData("9lives", ProfileErrors.HandleFormat)]
    [InlineData("admin", ProfileErrors.HandleReserved)]
    [InlineData("new", ProfileErrors.HandleReserved)]
    public void Handles_follow_the_profile_handle_rules(string handle, string code)
    {
        var (_, errors) = OrganizationRules.Validate(Valid with { Handle = handle });

        Assert.Equal(code, Assert.Single(errors).Code);
        Assert.Equal(OrganizationRules.HandleField, errors[0].Field);
    }

    [Fact]
    public void Each_bad_field_is_named_with_its_own_reason()
    {
        var (valid, errors) = OrganizationRules.Validate(new OrganizationDraft
        {
            Name = "A", Handle = "fine-handle", Website = "javascript:alert(1)", Locations = ["a", "b", "c", "d", "e", "f"],
            Tech = [new string('x', 40)], LogoPath = "../etc/passwd", Description = new string('d', Organization.DescriptionMaxLength + 1),
        });

        Assert.Null(valid);
        Assert.Equal(
            [OrganizationRules.NameField, OrganizationRules.DescriptionField, OrganizationRules.WebsiteField, OrganizationRules.LocationsField,
             OrganizationRules.TechField, OrganizationRules.LogoField],
            errors.Select(e => e.Field));
        Assert.Contains(errors, e => e.Code == ProjectErrors.Website);
    }

    [Theory]
    [InlineData("acme.io", "https://acme.io", true)]
    [InlineData("acme.io", "https://www.acme.io/about", true)]
    [InlineData("jobs.acme.io", "https://acme.io", true)]
    [InlineData("acme.com", "https://acme.io", false)]
    [InlineData("github.io", "https://acme.github.io", false)]
    [InlineData("notacme.io", "https://acme.io", false)]
    public void Only_mail_at_the_website_s_domain_can_verify_it(string domain, string website, bool matches) =>
        Assert.Equal(matches, OrganizationRules.DomainMatchesWebsite(domain, website));

    [Theory]
    [InlineData("hr@acme.io", "acme.io")]
    [InlineData("HR@Acme.IO", "acme.io")]
    [InlineData("not an email", null)]
    [InlineData("Someone <hr@acme.io>", null)]
    [InlineData("hr@localhost", null)]
    public void Email_domains_are_read_only_from_plain_addresses(string email, string? domain) =>
        Assert.Equal(domain, OrganizationRules.EmailDomainOf(email));
}

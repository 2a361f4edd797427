using DevConnect.Domain.Opportunities;

namespace DevConnect.Tests.Opportunities;

public sealed class OpportunityRulesTests
{
    [Fact]
    public void A_valid_draft_is_trimmed_and_its_skills_normalised_like_projects_tags()
    {
        var (valid, errors) = OpportunityRules.Validate(OpportunityTestData.Draft("  Rust internship  ", skills: ["C#", "csharp", "Rust"]) with { Currency = "eur" });

        Assert.Empty(errors);
        Assert.Equal(("Rust internship", "EUR"), (valid!.Title, valid.Currency));
        Assert.Equal(["csharp", "rust"], valid.Skills);
    }

    [Theory]
    [InlineData(2000, 1000, "EUR", OpportunityErrors.SalaryOrder)]
    [InlineData(-5, 1000, "EUR", OpportunityErrors.SalaryInvalid)]
    [InlineData(1000, 2000, "", OpportunityErrors.CurrencyMissing)]
    [InlineData(1000, 2000, "XYZ", OpportunityErrors.CurrencyMissing)]
    public void A_salary_range_must_run_from_low_to_high_in_a_known_currency(int min, int max, string currency, string code)
    {
        var (valid, errors) = OpportunityRules.Validate(OpportunityTestData.Draft() with { SalaryMin = min, SalaryMax = max, Currency = currency });

        Assert.Null(valid);
        Assert.Equal((OpportunityRules.SalaryField, code), (Assert.Single(errors).Field, errors[0].Code));
    }

    [Fact]
    public void A_salary_is_optional_and_one_bound_is_enough()
    {
        Assert.Null(OpportunityRules.Validate(OpportunityTestData.Draft() with { SalaryMin = null, SalaryMax = null, Currency = null }).Valid!.Currency);
        Assert.Equal(900, OpportunityRules.Validate(OpportunityTestData.Draft() with { SalaryMin = null, SalaryMax = 900 }).Valid!.SalaryMax);
    }

    [Fact]
    public void Each_bad_field_is_named_with_its_own_reason()
    {
        var (_, errors) = OpportunityRules.Validate(new OpportunityDraft
        {
            Type = (OpportunityType)42, Title = "Hi", Level = (Domain.Profiles.ExperienceLevel)9, IsRemote = false, Skills = [new string('x', 40)],
        });

        Assert.Equal(
            [(OpportunityRules.TypeField, OpportunityErrors.TypeUnknown), (OpportunityRules.TitleField, OpportunityErrors.TitleLength),
             (OpportunityRules.LevelField, OpportunityErrors.LevelUnknown), (OpportunityRules.LocationField, OpportunityErrors.WhereMissing),
             (OpportunityRules.SkillsField, OpportunityErrors.SkillInvalid)],
            errors.Select(e => (e.Field, e.Code)));
    }
}

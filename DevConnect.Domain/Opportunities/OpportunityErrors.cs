namespace DevConnect.Domain.Opportunities;

/// <summary>Error codes the UI turns into localized messages ("Error." + code) at the field that caused them.</summary>
public static class OpportunityErrors
{
    public const string TypeUnknown = "OpportunityTypeUnknown";
    public const string TitleLength = "OpportunityTitleLength";
    public const string DescriptionLength = "OpportunityDescriptionLength";
    public const string LevelUnknown = "OpportunityLevelUnknown";
    public const string LocationLength = "OpportunityLocationLength";
    public const string WhereMissing = "OpportunityWhereMissing";
    public const string SkillInvalid = "OpportunitySkillInvalid";
    public const string TooManySkills = "OpportunityTooManySkills";
    public const string SalaryInvalid = "OpportunitySalaryInvalid";
    public const string SalaryOrder = "OpportunitySalaryOrder";
    public const string CurrencyMissing = "OpportunityCurrencyMissing";
    public const string ProjectInvalid = "OpportunityProjectInvalid";
    public const string NotFound = "OpportunityNotFound";
    public const string NotAdmin = "OpportunityNotAdmin";
    public const string NotVerified = "OpportunityNotVerified";
    public const string Conflict = "OpportunityConflict";
    public const string Closed = "OpportunityClosed";
    public const string OwnOrganization = "OpportunityOwnOrganization";
    public const string AlreadyApplied = "OpportunityAlreadyApplied";
    public const string MessageLength = "OpportunityMessageLength";
    public const string EmailNotConfirmed = "OpportunityEmailNotConfirmed";
    public const string NotAccepting = "OpportunityNotAccepting";
    public const string TooManyApplications = "OpportunityTooManyApplications";
}

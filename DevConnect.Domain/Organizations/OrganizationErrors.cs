namespace DevConnect.Domain.Organizations;

/// <summary>Error codes the UI turns into localized messages at the field that caused them.</summary>
public static class OrganizationErrors
{
    public const string NameLength = "OrganizationNameLength";
    public const string DescriptionLength = "OrganizationDescriptionLength";
    public const string TooManyLocations = "OrganizationTooManyLocations";
    public const string LocationLength = "OrganizationLocationLength";
    public const string TooManyTech = "OrganizationTooManyTech";
    public const string TechInvalid = "OrganizationTechInvalid";
    public const string LogoInvalid = "OrganizationLogoInvalid";
    public const string NotFound = "OrganizationNotFound";
    public const string NotAdmin = "OrganizationNotAdmin";
    public const string EmailNotConfirmed = "OrganizationEmailNotConfirmed";
    public const string Conflict = "OrganizationConflict";
    public const string EmailInvalid = "OrganizationEmailInvalid";
    public const string AlreadyMember = "OrganizationAlreadyMember";
    public const string NotMember = "OrganizationNotMember";
    public const string LastAdmin = "OrganizationLastAdmin";
    public const string LinkInvalid = "OrganizationLinkInvalid";
    public const string NoWebsite = "OrganizationNoWebsite";
    public const string EmailOutsideDomain = "OrganizationEmailOutsideDomain";
    public const string TooManyEmails = "OrganizationTooManyEmails";
    public const string VisibilityUnknown = "OpportunityVisibilityUnknown";
    public const string ContactLength = "OrganizationContactLength";
    public const string NotVerified = "OrganizationNotVerified";
    public const string NotOpen = "OrganizationDeveloperNotOpen";
    public const string TooManyContacts = "OrganizationTooManyContacts";
}

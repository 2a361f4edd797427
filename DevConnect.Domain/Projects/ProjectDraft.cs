using System.Text.RegularExpressions;
using DevConnect.Domain.Accounts;

namespace DevConnect.Domain.Projects;

public sealed record RoleDraft(string Name, bool IsJuniorFriendly);

/// <summary>What an owner typed in the project form (or what a crafted request claims they typed).</summary>
public sealed record ProjectDraft
{
    public string? Name { get; init; }

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public string? GitHubUrl { get; init; }

    public string? Website { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public ProjectStatus Status { get; init; } = ProjectStatus.Recruiting;

    public Commitment Commitment { get; init; } = Commitment.LongTerm;

    public bool IsJuniorFriendly { get; init; }

    public IReadOnlyList<RoleDraft> Roles { get; init; } = [];

    /// <summary>Image keys in display order; the first is the cover.</summary>
    public IReadOnlyList<string> Images { get; init; } = [];

    /// <summary>"Post as": an organization the owner belongs to, or null to post as themselves.</summary>
    public int? OrganizationId { get; init; }
}

internal sealed record ValidProjectDraft(
    string Name,
    string Slug,
    string Summary,
    string Description,
    string? GitHubOwner,
    string? GitHubRepo,
    string? Website,
    IReadOnlyList<string> Tags,
    ProjectStatus Status,
    Commitment Commitment,
    bool IsJuniorFriendly,
    IReadOnlyList<RoleDraft> Roles,
    IReadOnlyList<string> Images);

public static partial class ProjectErrors
{
    public const string NameLength = "ProjectNameLength";
    public const string SummaryRequired = "ProjectSummaryRequired";
    public const string SummaryLength = "ProjectSummaryLength";
    public const string DescriptionLength = "ProjectDescriptionLength";
    public const string GitHubUrl = "ProjectGitHubUrl";
    public const string Website = "ProjectWebsite";
    public const string TagInvalid = "ProjectTagInvalid";
    public const string TooManyTags = "ProjectTooManyTags";
    public const string RoleInvalid = "ProjectRoleInvalid";
    public const string TooManyRoles = "ProjectTooManyRoles";
    public const string TooManyImages = "ProjectTooManyImages";
    public const string ImageUnknown = "ProjectImageUnknown";
    public const string EnumInvalid = "ProjectChoiceInvalid";
    public const string EmailNotConfirmed = "EmailNotConfirmed";
    public const string NotOwner = "ProjectNotOwner";
    public const string NotFound = "ProjectNotFound";
    public const string Conflict = "ProjectEditConflict";
    public const string NotOrganizationMember = "ProjectNotOrganizationMember";
    public const string OrganizationMoveNotAdmin = "ProjectOrganizationMoveNotAdmin";
}

/// <summary>Field rules for projects, shared by the form and the service (a crafted request gets the same answers).</summary>
public static partial class ProjectRules
{
    public const string NameField = "Name";
    public const string SummaryField = "Summary";
    public const string DescriptionField = "Description";
    public const string GitHubField = "GitHubUrl";
    public const string WebsiteField = "Website";
    public const string TagsField = "Tags";
    public const string RolesField = "Roles";
    public const string ImagesField = "Images";
    public const string OrganizationField = "OrganizationId";
    public const string FormField = "";
    public const int MaxImages = 6;

    internal static (ValidProjectDraft? Draft, List<FieldError> Errors) Validate(ProjectDraft draft)
    {
        var errors = new List<FieldError>();
        var name = Clean(draft.Name);
        if (name.Length is < Project.NameMinLength or > Project.NameMaxLength)
        {
            errors.Add(new(NameField, ProjectErrors.NameLength, $"Give the project a name of {Project.NameMinLength} to {Project.NameMaxLength} characters."));
        }

        var summary = Clean(draft.Summary);
        if (summary.Length == 0)
        {
            errors.Add(new(SummaryField, ProjectErrors.SummaryRequired, "Sum the project up in one line."));
        }
        else if (summary.Length > Project.SummaryMaxLength)
        {
            errors.Add(new(SummaryField, ProjectErrors.SummaryLength, $"Keep the summary to {Project.SummaryMaxLength} characters."));
        }

        var description = (draft.Description ?? "").Trim();
        if (description.Length > Project.DescriptionMaxLength)
        {
            errors.Add(new(DescriptionField, ProjectErrors.DescriptionLength, $"Keep the description to {Project.DescriptionMaxLength:N0} characters."));
        }

        string? gitHubOwner = null, gitHubRepo = null;
        if (!string.IsNullOrWhiteSpace(draft.GitHubUrl))
        {
            if (TryParseGitHubUrl(draft.GitHubUrl, out var owner, out var repo))
            {
                (gitHubOwner, gitHubRepo) = (owner, repo);
            }
            else
            {
                errors.Add(new(GitHubField, ProjectErrors.GitHubUrl, "Use a repository address like https://github.com/owner/repository."));
            }
        }

        string? website = null;
        if (!string.IsNullOrWhiteSpace(draft.Website))
        {
            var text = draft.Website.Trim();
            if (text.Length <= Project.WebsiteMaxLength && Uri.TryCreate(text, UriKind.Absolute, out var uri)
                && uri.Scheme is "https" or "http" && uri.Host.Contains('.', StringComparison.Ordinal) && string.IsNullOrEmpty(uri.UserInfo))
            {
                website = uri.AbsoluteUri;
            }
            else
            {
                errors.Add(new(WebsiteField, ProjectErrors.Website, "Use a full web address starting with https://."));
            }
        }

        var tags = new List<string>();
        foreach (var raw in draft.Tags)
        {
            if (Projects.Tags.Normalize(raw) is { } tag)
            {
                if (!tags.Contains(tag.Key))
                {
                    tags.Add(tag.Key);
                }
            }
            else if (!string.IsNullOrWhiteSpace(raw))
            {
                errors.Add(new(TagsField, ProjectErrors.TagInvalid, $"\"{Truncate(raw)}\" is not a usable tag (letters, digits, + # . and -, at most {Projects.Tags.MaxLength})."));
            }
        }

        if (tags.Count > Projects.Tags.MaxPerProject)
        {
            errors.Add(new(TagsField, ProjectErrors.TooManyTags, $"Choose at most {Projects.Tags.MaxPerProject} languages and technologies."));
        }

        var roles = new List<RoleDraft>();
        foreach (var role in draft.Roles)
        {
            var roleName = Clean(role.Name).ToLowerInvariant();
            if (roleName.Length is 0 or > RoleNames.MaxLength)
            {
                errors.Add(new(RolesField, ProjectErrors.RoleInvalid, $"Each role needs a name of at most {RoleNames.MaxLength} characters."));
            }
            else if (roles.All(r => r.Name != roleName))
            {
                roles.Add(new RoleDraft(roleName, role.IsJuniorFriendly));
            }
        }

        if (roles.Count > RoleNames.MaxPerProject)
        {
            errors.Add(new(RolesField, ProjectErrors.TooManyRoles, $"List at most {RoleNames.MaxPerProject} roles."));
        }

        var images = draft.Images.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList();
        if (images.Count > MaxImages)
        {
            errors.Add(new(ImagesField, ProjectErrors.TooManyImages, $"A project has at most {MaxImages} images."));
        }

        if (!Enum.IsDefined(draft.Status) || !Enum.IsDefined(draft.Commitment))
        {
            errors.Add(new(FormField, ProjectErrors.EnumInvalid, "Choose a status and a commitment from the lists."));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidProjectDraft(name, Slugify(name), summary, description, gitHubOwner, gitHubRepo, website, tags,
                draft.Status, draft.Commitment, draft.IsJuniorFriendly, roles, images), errors);
    }

    /// <summary>Accepts https://github.com/{owner}/{repo} and its everyday variants (www, .git, a trailing path).</summary>
    public static bool TryParseGitHubUrl(string? text, out string owner, out string repo)
    {
        owner = repo = "";
        var match = GitHubUrlPattern().Match((text ?? "").Trim());
        if (!match.Success)
        {
            return false;
        }

        owner = match.Groups["owner"].Value;
        repo = match.Groups["repo"].Value;
        if (repo.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            repo = repo[..^4];
        }

        return repo.Length > 0 && repo is not "." and not "..";
    }

    public static string Slugify(string name)
    {
        var slug = Profiles.Handle.Suggest(name);
        return slug.StartsWith("dev-", StringComparison.Ordinal) && !name.StartsWith("dev", StringComparison.OrdinalIgnoreCase)
            ? slug[4..] is { Length: > 0 } rest ? rest : "project"
            : slug;
    }

    private static string Clean(string? value) => string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Truncate(string value) => value.Length > 20 ? value[..20] + "…" : value;

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?github\.com/(?<owner>[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})/(?<repo>[A-Za-z0-9._-]{1,100})(?:/[^\s?#]*)?(?:[?#]\S*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GitHubUrlPattern();
}

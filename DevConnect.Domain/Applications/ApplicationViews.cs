using DevConnect.Domain.Accounts;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Applications;

public sealed record ApplicantSummary(string UserId, string DisplayName, string Handle, string? AvatarPath, string? Headline, ExperienceLevel Level, IReadOnlyList<Tag> Skills);

public sealed record ApplicationView(
    int Id,
    int ProjectId,
    string ProjectName,
    string ProjectSlug,
    ApplicantSummary Applicant,
    string Role,
    string Message,
    ApplicationStatus Status,
    string? DecisionNote,
    DateTime CreatedAtUtc,
    DateTime? DecidedAtUtc,
    DateTime ExpiresAtUtc,
    Guid Version,
    int? ConversationId = null,
    IReadOnlyList<string>? Links = null,
    string? MessageHiddenReason = null);

/// <summary>
/// A project's applications for its owner. Anyone else, or a project that does not exist, gets no name and no
/// items: a query answers "nothing to see", without a reason to show.
/// </summary>
public sealed record ProjectApplicationList(string? ProjectName, IReadOnlyList<ApplicationView> Items);

public sealed record TeamMemberView(string UserId, string DisplayName, string Handle, string? AvatarPath, string Role, DateTime JoinedAtUtc);

public sealed record ApplicationResult(int? ApplicationId, ApplicationStatus? Status, IReadOnlyList<FieldError> Errors) : DomainResult(Errors);

namespace DevConnect.Domain.Applications;

public enum ApplicationStatus
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
    Withdrawn = 3,
    Expired = 4,
}

/// <summary>
/// Someone asking to join a project. Every change of state is a method here that refuses an illegal move
/// (deciding a withdrawn application, withdrawing someone else's), whatever the UI showed.
/// </summary>
public sealed class ProjectApplication
{
    public const int MessageMinLength = 20;
    public const int MessageMaxLength = 2000;
    public const int NoteMaxLength = 500;
    public const string OtherRole = "other";

    private ProjectApplication()
    {
    }

    public int Id { get; private set; }

    public int ProjectId { get; private set; }

    public string ApplicantId { get; private set; } = "";

    public string Role { get; private set; } = "";

    public string Message { get; private set; } = "";

    /// <summary>Up to three https links the applicant adds (portfolio, repository…), one per line.</summary>
    public string? Links { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public string? DecisionNote { get; private set; }

    public string? DecidedById { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    /// <summary>Changes on every transition: two decisions made on the same state cannot both win.</summary>
    public Guid Version { get; private set; }

    /// <summary>Why the moderators hid the message: the owner sees a placeholder, the applicant the reason.</summary>
    public string? MessageHiddenReason { get; private set; }

    internal void HideMessage(string? reason) => MessageHiddenReason = reason;

    internal static ProjectApplication Submit(int projectId, string applicantId, string role, string message, DateTime nowUtc, TimeSpan lifetime, string? links = null) => new()
    {
        Links = links,
        ProjectId = projectId,
        ApplicantId = applicantId,
        Role = role,
        Message = message,
        Status = ApplicationStatus.Pending,
        CreatedAtUtc = nowUtc,
        ExpiresAtUtc = nowUtc + lifetime,
        Version = Guid.NewGuid(),
    };

    internal string? Accept(string deciderId, string? note, DateTime nowUtc) => Decide(ApplicationStatus.Accepted, deciderId, note, nowUtc);

    internal string? Decline(string deciderId, string? note, DateTime nowUtc) => Decide(ApplicationStatus.Declined, deciderId, note, nowUtc);

    internal string? Withdraw(string userId, DateTime nowUtc)
    {
        if (userId != ApplicantId)
        {
            return ApplicationErrors.NotYours;
        }

        return Move(ApplicationStatus.Withdrawn, nowUtc);
    }

    internal string? Expire(DateTime nowUtc) => nowUtc < ExpiresAtUtc ? ApplicationErrors.NotExpired : Move(ApplicationStatus.Expired, nowUtc);

    private string? Decide(ApplicationStatus outcome, string deciderId, string? note, DateTime nowUtc)
    {
        if (note is { Length: > NoteMaxLength })
        {
            return ApplicationErrors.NoteTooLong;
        }

        var error = Move(outcome, nowUtc);
        if (error is null)
        {
            DecidedById = deciderId;
            DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            DecidedAtUtc = nowUtc;
        }

        return error;
    }

    // Pending is the only state anything leaves; everything else is final.
    private string? Move(ApplicationStatus to, DateTime nowUtc)
    {
        if (Status != ApplicationStatus.Pending)
        {
            return ApplicationErrors.AlreadyDecided;
        }

        if (to is ApplicationStatus.Accepted or ApplicationStatus.Declined && nowUtc >= ExpiresAtUtc)
        {
            Status = ApplicationStatus.Expired;
            Version = Guid.NewGuid();
            return ApplicationErrors.Expired;
        }

        Status = to;
        Version = Guid.NewGuid();
        return null;
    }
}

/// <summary>A member of a project's team (the owner is implied and not stored).</summary>
public sealed class TeamMember
{
    private TeamMember()
    {
    }

    internal TeamMember(int projectId, string userId, string role, DateTime nowUtc)
    {
        ProjectId = projectId;
        UserId = userId;
        Role = role;
        JoinedAtUtc = nowUtc;
    }

    public int ProjectId { get; private set; }

    public string UserId { get; private set; } = "";

    public string Role { get; private set; } = "";

    public DateTime JoinedAtUtc { get; private set; }
}

public static class ApplicationErrors
{
    public const string EmailNotConfirmed = "ApplicationEmailNotConfirmed";
    public const string OwnProject = "ApplicationOwnProject";
    public const string NotRecruiting = "ApplicationNotRecruiting";
    public const string MessageLength = "ApplicationMessageLength";
    public const string RoleUnknown = "ApplicationRoleUnknown";
    public const string AlreadyApplied = "ApplicationAlreadyApplied";
    public const string AlreadyMember = "ApplicationAlreadyMember";
    public const string NotFound = "ApplicationNotFound";
    public const string NotOwner = "ApplicationNotOwner";
    public const string NotYours = "ApplicationNotYours";
    public const string AlreadyDecided = "ApplicationAlreadyDecided";
    public const string Expired = "ApplicationExpired";
    public const string NotExpired = "ApplicationNotExpired";
    public const string NoteTooLong = "ApplicationNoteTooLong";
    public const string Conflict = "ApplicationConflict";
    public const string NotMember = "ApplicationNotMember";
    public const string LinksInvalid = "ApplicationLinksInvalid";
}

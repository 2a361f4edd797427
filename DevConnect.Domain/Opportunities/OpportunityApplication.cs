using DevConnect.Domain.Applications;

namespace DevConnect.Domain.Opportunities;

/// <summary>
/// A member applying to an opportunity with their profile and team record. The states are a project application's:
/// pending, then accepted, declined or withdrawn, and nothing leaves those; each move is a method here that refuses
/// an illegal one, whatever the UI showed.
/// </summary>
public sealed class OpportunityApplication
{
    public const int MessageMinLength = 20;
    public const int MessageMaxLength = 2000;

    private OpportunityApplication()
    {
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public string ApplicantId { get; private set; } = "";

    public string Message { get; private set; } = "";

    public ApplicationStatus Status { get; private set; }

    public string? DecisionNote { get; private set; }

    public string? DecidedById { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>The conversation the application opened between the applicant and the organization.</summary>
    public int? ConversationId { get; internal set; }

    /// <summary>Changes on every transition: two decisions made on the same state cannot both win.</summary>
    public Guid Version { get; private set; }

    internal static OpportunityApplication Submit(int opportunityId, string applicantId, string message, DateTime nowUtc) => new()
    {
        OpportunityId = opportunityId,
        ApplicantId = applicantId,
        Message = message,
        Status = ApplicationStatus.Pending,
        CreatedAtUtc = nowUtc,
        Version = Guid.NewGuid(),
    };

    internal string? Decide(bool accept, string deciderId, string? note, DateTime nowUtc)
    {
        if (note is { Length: > ProjectApplication.NoteMaxLength })
        {
            return ApplicationErrors.NoteTooLong;
        }

        if (Move(accept ? ApplicationStatus.Accepted : ApplicationStatus.Declined, nowUtc) is { } error)
        {
            return error;
        }

        DecidedById = deciderId;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DecidedAtUtc = nowUtc;
        return null;
    }

    internal string? Withdraw(string userId, DateTime nowUtc) =>
        userId != ApplicantId ? ApplicationErrors.NotYours : Move(ApplicationStatus.Withdrawn, nowUtc);

    // Pending is the only state anything leaves.
    private string? Move(ApplicationStatus to, DateTime nowUtc)
    {
        if (Status != ApplicationStatus.Pending)
        {
            return ApplicationErrors.AlreadyDecided;
        }

        Status = to;
        DecidedAtUtc ??= nowUtc;
        Version = Guid.NewGuid();
        return null;
    }
}

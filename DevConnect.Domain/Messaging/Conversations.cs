using DevConnect.Domain.Accounts;

namespace DevConnect.Domain.Messaging;

public enum ConversationKind
{
    /// <summary>Between an applicant and the project's owner, opened with the application.</summary>
    Application = 0,

    /// <summary>Someone contacting a project's owner without applying.</summary>
    Contact = 1,

    /// <summary>The owner and every accepted member of a project.</summary>
    Team = 2,

    /// <summary>A verified organization contacting a developer who is open to opportunities.</summary>
    Organization = 3,

    /// <summary>A member asking another for mentoring: about no project, with a subject instead.</summary>
    Mentoring = 4,

    /// <summary>An applicant and the organization's admin, opened with an application to one of its opportunities.</summary>
    Opportunity = 5,
}

/// <summary>
/// A private conversation about a project. Only its participants may read or write it; every change goes through a
/// method here that holds to that, whatever the UI showed.
/// </summary>
public sealed class Conversation
{
    private readonly List<ConversationParticipant> _participants = [];

    private Conversation()
    {
    }

    public int Id { get; private set; }

    /// <summary>
    /// The project it is about; null for an organization's contact and for a mentoring conversation, which has a
    /// <see cref="Subject"/>.
    /// </summary>
    public int? ProjectId { get; private set; }

    /// <summary>The organization that opened it (Organization kind).</summary>
    public int? OrganizationId { get; private set; }

    /// <summary>What a conversation about no project is about ("Mentoring in Rust and Go").</summary>
    public string? Subject { get; private set; }

    public ConversationKind Kind { get; private set; }

    /// <summary>The application it belongs to (Application kind).</summary>
    public int? ApplicationId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime LastMessageAtUtc { get; private set; }

    public IReadOnlyList<ConversationParticipant> Participants => _participants;

    /// <summary>The applicant has read what they wrote; for the owner the application is news.</summary>
    internal static Conversation ForApplication(int projectId, int applicationId, string applicantId, string ownerId, DateTime nowUtc)
    {
        var conversation = Open(projectId, ConversationKind.Application, nowUtc, applicationId);
        conversation.Add(applicantId, nowUtc);
        conversation.Add(ownerId, DateTime.MinValue);
        return conversation;
    }

    internal static Conversation Contact(int projectId, string userId, string ownerId, DateTime nowUtc)
    {
        // The service refuses contacting oneself with a message; here it is a bug in the caller.
        if (userId == ownerId)
        {
            throw new InvalidOperationException("A conversation needs two different people.");
        }

        var conversation = Open(projectId, ConversationKind.Contact, nowUtc);
        conversation.Add(userId, nowUtc);
        conversation.Add(ownerId, nowUtc);
        return conversation;
    }

    internal static Conversation ForOrganization(int organizationId, string senderId, string developerId, DateTime nowUtc)
    {
        if (senderId == developerId)
        {
            throw new InvalidOperationException("A conversation needs two different people.");
        }

        var conversation = Open(null, ConversationKind.Organization, nowUtc);
        conversation.OrganizationId = organizationId;
        conversation.Add(senderId, nowUtc);
        conversation.Add(developerId, DateTime.MinValue);
        return conversation;
    }

    /// <summary>About an organization's opportunity (its title is the subject); for the admin the application is news.</summary>
    internal static Conversation ForOpportunity(int organizationId, string subject, string applicantId, string adminId, DateTime nowUtc)
    {
        if (applicantId == adminId)
        {
            throw new InvalidOperationException("A conversation needs two different people.");
        }

        var conversation = Open(null, ConversationKind.Opportunity, nowUtc);
        conversation.OrganizationId = organizationId;
        conversation.Subject = subject;
        conversation.Add(applicantId, nowUtc);
        conversation.Add(adminId, DateTime.MinValue);
        return conversation;
    }

    internal static Conversation ForTeam(int projectId, string ownerId, DateTime nowUtc)
    {
        var conversation = Open(projectId, ConversationKind.Team, nowUtc);
        conversation.Add(ownerId, nowUtc);
        return conversation;
    }

    internal static Conversation Mentoring(string menteeId, string mentorId, string subject, DateTime nowUtc)
    {
        var conversation = Open(null, ConversationKind.Mentoring, nowUtc);
        conversation.Subject = subject;
        conversation.Add(menteeId, nowUtc);
        conversation.Add(mentorId, DateTime.MinValue);
        return conversation;
    }

    public bool Includes(string userId) => _participants.Exists(p => p.UserId == userId);

    /// <summary>A new team member joins; only a team conversation grows. False when they were already in it.</summary>
    internal bool Join(string userId, DateTime nowUtc)
    {
        if (Kind != ConversationKind.Team)
        {
            throw new InvalidOperationException("Only a team conversation takes new participants.");
        }

        if (Includes(userId))
        {
            return false;
        }

        Add(userId, nowUtc);
        return true;
    }

    /// <summary>
    /// A participant writes (trimmed, 1 to <see cref="Message.MaxLength"/> characters): the conversation moves up
    /// the inboxes and the writer has read everything up to their own message. The conversation must be saved first.
    /// </summary>
    internal DomainResult<Message> Post(string senderId, string? body, DateTime nowUtc)
    {
        var text = (body ?? "").Trim();
        if (text.Length is 0 or > Message.MaxLength)
        {
            return DomainResult<Message>.Refused(MessagingErrors.MessageLengthError());
        }

        var sender = _participants.Find(p => p.UserId == senderId);
        if (sender is null)
        {
            return DomainResult<Message>.Refused(MessagingErrors.NotFoundError());
        }

        if (Id == 0)
        {
            throw new InvalidOperationException("Save a conversation before posting in it.");
        }

        LastMessageAtUtc = nowUtc;
        sender.ReadUpTo(nowUtc);
        return DomainResult<Message>.Success(new Message(Id, senderId, text, nowUtc));
    }

    /// <summary>Moves a participant's read marker (what the other side sees as "Seen"); nobody else has one.</summary>
    internal void MarkRead(string userId, DateTime nowUtc) =>
        (_participants.Find(p => p.UserId == userId) ?? throw new InvalidOperationException("Only a participant reads a conversation.")).ReadUpTo(nowUtc);

    private static Conversation Open(int? projectId, ConversationKind kind, DateTime nowUtc, int? applicationId = null) => new()
    {
        ProjectId = projectId,
        Kind = kind,
        ApplicationId = applicationId,
        CreatedAtUtc = nowUtc,
        LastMessageAtUtc = nowUtc,
    };

    private void Add(string userId, DateTime lastReadAtUtc) => _participants.Add(new ConversationParticipant(userId, lastReadAtUtc));
}

public sealed class ConversationParticipant
{
    private ConversationParticipant()
    {
    }

    internal ConversationParticipant(string userId, DateTime readUpToUtc)
    {
        UserId = userId;
        LastReadAtUtc = readUpToUtc;
    }

    public int ConversationId { get; private set; }

    public string UserId { get; private set; } = "";

    /// <summary>Everything up to this moment has been read (the read marker shown to the other side).</summary>
    public DateTime LastReadAtUtc { get; private set; }

    internal void ReadUpTo(DateTime nowUtc) => LastReadAtUtc = nowUtc;
}

/// <summary>One message, written by a participant through <see cref="Conversation.Post"/>; never edited.</summary>
public sealed class Message
{
    public const int MaxLength = 4000;
    public const int SubjectMaxLength = 160;

    private Message()
    {
    }

    internal Message(int conversationId, string senderId, string text, DateTime nowUtc)
    {
        ConversationId = conversationId;
        SenderId = senderId;
        Body = text;
        SentAtUtc = nowUtc;
        Fingerprint = Safety.MessageFingerprint.Of(text);
    }

    public int Id { get; private set; }

    public int ConversationId { get; private set; }

    public string SenderId { get; private set; } = "";

    /// <summary>As typed; shown through the Markdown sanitizer.</summary>
    public string Body { get; private set; } = "";

    public DateTime SentAtUtc { get; private set; }

    /// <summary>The text with case and spacing ignored, hashed: how the same text sent to many people is recognised.</summary>
    public string? Fingerprint { get; private set; }

    /// <summary>Why the moderators hid it: the other side sees a placeholder, the sender the reason.</summary>
    public string? HiddenReason { get; private set; }

    internal void Hide(string? reason) => HiddenReason = reason;
}

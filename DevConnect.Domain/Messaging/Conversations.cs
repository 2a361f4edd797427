namespace DevConnect.Domain.Messaging;

public enum ConversationKind
{
    /// <summary>Between an applicant and the project's owner, opened with the application.</summary>
    Application = 0,

    /// <summary>Someone contacting a project's owner without applying.</summary>
    Contact = 1,

    /// <summary>The owner and every accepted member of a project.</summary>
    Team = 2,
}

/// <summary>A private conversation about a project. Only its participants may read or write it.</summary>
public sealed class Conversation
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public ConversationKind Kind { get; set; }

    /// <summary>The application it belongs to (Application kind).</summary>
    public int? ApplicationId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime LastMessageAtUtc { get; set; }

    public List<ConversationParticipant> Participants { get; set; } = [];
}

public sealed class ConversationParticipant
{
    public int ConversationId { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>Everything up to this moment has been read (the read marker shown to the other side).</summary>
    public DateTime LastReadAtUtc { get; set; }
}

public sealed class Message
{
    public const int MaxLength = 4000;

    public int Id { get; set; }

    public int ConversationId { get; set; }

    public string SenderId { get; set; } = "";

    /// <summary>As typed; shown through the Markdown sanitizer.</summary>
    public string Body { get; set; } = "";

    public DateTime SentAtUtc { get; set; }
}

/// <summary>An in-app notification: the bell's list.</summary>
public sealed class Notification
{
    public int Id { get; set; }

    public string RecipientId { get; set; } = "";

    public NotificationKind Kind { get; set; }

    /// <summary>English text with the essentials (who, which project); the UI localizes by kind.</summary>
    public string Text { get; set; } = "";

    /// <summary>A local path to open.</summary>
    public string Link { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ReadAtUtc { get; set; }
}

public enum NotificationKind
{
    NewApplication = 0,
    ApplicationDecided = 1,
    NewMessage = 2,
    MemberJoined = 3,
    MemberLeft = 4,
}

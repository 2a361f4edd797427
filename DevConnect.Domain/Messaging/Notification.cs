namespace DevConnect.Domain.Messaging;

/// <summary>An in-app notification: the bell's list. Marked read only by its recipient (see <see cref="NotificationService"/>).</summary>
public sealed class Notification
{
    private Notification()
    {
    }

    internal Notification(string recipientId, NotificationKind kind, string text, string link, DateTime nowUtc)
    {
        RecipientId = recipientId;
        Kind = kind;
        Text = text;
        Link = link;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public string RecipientId { get; private set; } = "";

    public NotificationKind Kind { get; private set; }

    /// <summary>English text with the essentials (who, which project); the UI localizes by kind.</summary>
    public string Text { get; private set; } = "";

    /// <summary>A local path to open.</summary>
    public string Link { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }
}

public enum NotificationKind
{
    NewApplication = 0,
    ApplicationDecided = 1,
    NewMessage = 2,
    MemberJoined = 3,
    MemberLeft = 4,
    ModeratorWarning = 5,
    ContentHidden = 6,
    Invitation = 7,
    MentoringRequest = 8,
    KudosReceived = 9,
    NewOpportunityApplication = 10,
}

namespace DevConnect.Domain.Messaging;

/// <summary>Error codes the UI turns into localized messages ("Error." + code in the app's resources).</summary>
public static class MessagingErrors
{
    public const string MessageLength = "MessageLength";
    public const string ConversationNotFound = "ConversationNotFound";
    public const string TooMany = "MessageTooMany";
}

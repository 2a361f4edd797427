using DevConnect.Domain.Accounts;

namespace DevConnect.Domain.Messaging;

/// <summary>Error codes the UI turns into localized messages ("Error." + code in the app's resources).</summary>
public static class MessagingErrors
{
    public const string MessageLength = "MessageLength";
    public const string ConversationNotFound = "ConversationNotFound";
    public const string TooMany = "MessageTooMany";

    internal static FieldError MessageLengthError() =>
        new(MessagingService.BodyField, MessageLength, $"Write a message of at most {Message.MaxLength:N0} characters.");

    // For someone outside it, a conversation does not exist: the same answer as for a wrong id.
    internal static FieldError NotFoundError() => new("", ConversationNotFound, "This conversation does not exist.");

    internal static FieldError TooManyError() => new(MessagingService.BodyField, TooMany, "You are sending messages very fast. Please wait a moment.");
}

using DevConnect.Domain.Accounts;

namespace DevConnect.Domain.Safety;

/// <summary>
/// Error codes the UI turns into localized messages ("Error." + code). The refusals a blocked member can meet are
/// worded neutrally on purpose: they never say "blocked".
/// </summary>
public static class SafetyErrors
{
    public const string BlockSelf = "BlockSelf";
    public const string MemberNotFound = "BlockMemberNotFound";
    public const string ConversationClosed = "ConversationClosed";
    public const string NotAcceptingApplications = "NotAcceptingApplications";
    public const string NotAcceptingConversations = "NotAcceptingConversations";
    public const string SameText = "LimitSameText";

    /// <summary>A limit's code is this prefix, the action and the tier: "Limit.Messages.New".</summary>
    internal const string LimitPrefix = "Limit.";
    public const string ProjectsNew = "Limit.Projects.New";
    public const string ProjectsEstablished = "Limit.Projects.Established";
    public const string ApplicationsNew = "Limit.Applications.New";
    public const string ApplicationsEstablished = "Limit.Applications.Established";
    public const string ConversationsNew = "Limit.Conversations.New";
    public const string ConversationsEstablished = "Limit.Conversations.Established";
    public const string MessagesNew = "Limit.Messages.New";
    public const string MessagesEstablished = "Limit.Messages.Established";

    internal static FieldError ConversationClosedError(string field) => new(field, ConversationClosed, "This conversation is closed.");

    internal static FieldError NotAcceptingApplicationsError(string field) =>
        new(field, NotAcceptingApplications, "This project is not accepting applications from you.");

    internal static FieldError NotAcceptingConversationsError(string field) =>
        new(field, NotAcceptingConversations, "This member is not taking new conversations from you.");
}

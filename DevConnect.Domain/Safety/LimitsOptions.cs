using System.ComponentModel.DataAnnotations;

namespace DevConnect.Domain.Safety;

/// <summary>
/// Bound from <c>Limits</c>: how much one member may do per hour. New accounts (younger than
/// <see cref="NewAccountAge"/>, or with an unconfirmed email) get <see cref="NewAccount"/>, the others
/// <see cref="Established"/>. Counted from the rows in the database, so every server sees the same count.
/// </summary>
public sealed class LimitsOptions : IValidatableObject
{
    public const string Section = "Limits";

    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan NewAccountAge { get; set; } = TimeSpan.FromDays(7);

    public TierLimits NewAccount { get; set; } = new() { ProjectsPerHour = 3, ApplicationsPerHour = 5, ConversationsPerHour = 5, MessagesPerHour = 30 };

    public TierLimits Established { get; set; } = new() { ProjectsPerHour = 10, ApplicationsPerHour = 10, ConversationsPerHour = 30, MessagesPerHour = 200 };

    /// <summary>The same text (case and spacing aside) may go to this many conversations within <see cref="SameTextWindow"/>; one more is refused.</summary>
    [Range(1, 100)]
    public int SameTextMaxConversations { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan SameTextWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Developers one organization may contact per rolling day (each contact opens a conversation).</summary>
    [Range(1, 1000)]
    public int OrganizationContactsPerDay { get; set; } = 10;

    /// <summary>Applications to opportunities one member may send per rolling day.</summary>
    [Range(1, 1000)]
    public int OpportunityApplicationsPerDay { get; set; } = 10;

    /// <summary>Shorter texts ("Thanks!", "See you tomorrow") are said to many people honestly and are not compared.</summary>
    [Range(1, 4000)]
    public int SameTextMinLength { get; set; } = 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, tier) in new[] { (nameof(NewAccount), NewAccount), (nameof(Established), Established) })
        {
            var problems = new List<ValidationResult>();
            Validator.TryValidateObject(tier, new ValidationContext(tier), problems, validateAllProperties: true);
            foreach (var problem in problems)
            {
                var member = $"{name}:{string.Join(", ", problem.MemberNames)}";
                yield return new ValidationResult($"{Section}:{member}: {problem.ErrorMessage}", [member]);
            }
        }

        foreach (var (action, newLimit, establishedLimit) in NewAccount.Pairs(Established))
        {
            if (newLimit > establishedLimit)
            {
                var member = $"{nameof(NewAccount)}:{action}";
                yield return new ValidationResult($"{Section}:{member} ({newLimit}) must not be above {Section}:{nameof(Established)}:{action} ({establishedLimit}).", [member]);
            }
        }
    }

    internal int For(LimitedAction action, bool isNew) => (isNew ? NewAccount : Established).For(action);
}

/// <summary>One tier's hourly limits.</summary>
public sealed class TierLimits
{
    [Range(1, 10_000)]
    public int ProjectsPerHour { get; set; }

    [Range(1, 10_000)]
    public int ApplicationsPerHour { get; set; }

    [Range(1, 10_000)]
    public int ConversationsPerHour { get; set; }

    [Range(1, 10_000)]
    public int MessagesPerHour { get; set; }

    internal int For(LimitedAction action) => action switch
    {
        LimitedAction.Projects => ProjectsPerHour,
        LimitedAction.Applications => ApplicationsPerHour,
        LimitedAction.Conversations => ConversationsPerHour,
        _ => MessagesPerHour,
    };

    internal IEnumerable<(string Action, int Mine, int Theirs)> Pairs(TierLimits other) =>
        Enum.GetValues<LimitedAction>().Select(a => ($"{a}PerHour", For(a), other.For(a)));
}

public enum LimitedAction
{
    Projects,
    Applications,
    Conversations,
    Messages,
}

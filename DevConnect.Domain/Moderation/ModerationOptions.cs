using System.ComponentModel.DataAnnotations;

namespace DevConnect.Domain.Moderation;

/// <summary>Bound from <c>Admin</c>: the first administrators, who are moderators and grant the role to others.</summary>
public sealed class AdminOptions : IValidatableObject
{
    public const string Section = "Admin";

    /// <summary>Accounts with one of these (confirmed) emails administer the site.</summary>
    public List<string> Emails { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Emails.Where(e => !new EmailAddressAttribute().IsValid(e) || e.Trim() != e)
            .Select(e => new ValidationResult($"Admin:Emails holds '{e}', which is not an email address.", [nameof(Emails)]));
}

/// <summary>Bound from <c>Moderation</c>.</summary>
public sealed class ModerationOptions
{
    public const string Section = "Moderation";

    /// <summary>
    /// Accounts younger than this (or with an unconfirmed email) whose project or profile carries a link wait for a
    /// moderator before it is published: the cheapest spam is a fresh account with a link.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan NewAccountAge { get; set; } = TimeSpan.FromDays(7);
}

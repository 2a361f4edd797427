using DevConnect.Domain.Accounts;

namespace DevConnect.Domain.Profiles;

/// <summary>What other developers see of a user. Created with the account, so every user has one.</summary>
public sealed class DeveloperProfile
{
    public const int DisplayNameMinLength = 2;
    public const int DisplayNameMaxLength = 60;
    public const int HeadlineMaxLength = 120;
    public const int LocationMaxLength = 80;

    private DeveloperProfile()
    {
    }

    public int Id { get; private set; }

    public string UserId { get; private set; } = "";

    public DevConnectUser? User { get; private set; }

    public string DisplayName { get; private set; } = "";

    public string Handle { get; private set; } = "";

    public string? Headline { get; private set; }

    public string? Location { get; private set; }

    public ExperienceLevel Level { get; private set; }

    /// <summary>A path the app serves (a demo avatar or, later, an upload); null shows initials.</summary>
    public string? AvatarPath { get; private set; }

    public bool IsListedInDirectory { get; private set; } = true;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public string Initials =>
        string.Concat(DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(part => char.ToUpperInvariant(part[0])));

    /// <summary>Validates a display name; returns null when acceptable, otherwise an error code.</summary>
    public static string? ValidateDisplayName(string? displayName)
    {
        var trimmed = displayName?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return ProfileErrors.DisplayNameRequired;
        }

        return trimmed.Length is < DisplayNameMinLength or > DisplayNameMaxLength || trimmed.Any(char.IsControl)
            ? ProfileErrors.DisplayNameLength
            : null;
    }

    /// <summary>Builds a new profile; callers validate first (see <see cref="ProfileService"/>).</summary>
    internal static DeveloperProfile Create(string displayName, string normalizedHandle, DateTime nowUtc) => new()
    {
        DisplayName = displayName.Trim(),
        Handle = normalizedHandle,
        CreatedAtUtc = nowUtc,
        UpdatedAtUtc = nowUtc,
    };

    internal void UpdateIntro(string? headline, string? location, ExperienceLevel level, string? avatarPath, DateTime nowUtc)
    {
        if (headline is { Length: > HeadlineMaxLength })
        {
            throw new ArgumentException(ProfileErrors.HeadlineLength, nameof(headline));
        }

        Headline = string.IsNullOrWhiteSpace(headline) ? null : headline.Trim();
        Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim()[..Math.Min(location.Trim().Length, LocationMaxLength)];
        Level = level;
        AvatarPath = avatarPath;
        UpdatedAtUtc = nowUtc;
    }
}

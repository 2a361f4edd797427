using DevConnect.Domain.Accounts;
using DevConnect.Domain.Media;
using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Profiles;

/// <summary>Field rules for profiles: the editor shows these messages at the field, and the service enforces them.</summary>
public static class ProfileRules
{
    public const int BioMaxLength = 4000;
    public const int MaxSkills = 20;
    public const int MaxToLearn = 10;
    public const int MaxExperiences = 15;
    public const int MaxEducation = 10;
    public const int MaxLinks = 10;
    public const int TitleMaxLength = 80;
    public const int OrganisationMaxLength = 80;
    public const int EntryDescriptionMaxLength = 1000;
    public const int SchoolMaxLength = 100;
    public const int UrlMaxLength = 200;

    private static readonly DateOnly _earliest = new(1950, 1, 1);

    internal static List<FieldError> Validate(ProfileDraft draft, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (DeveloperProfile.ValidateDisplayName(draft.DisplayName) is { } nameError)
        {
            errors.Add(new("DisplayName", nameError, $"Enter a display name of {DeveloperProfile.DisplayNameMinLength} to {DeveloperProfile.DisplayNameMaxLength} characters."));
        }

        if (Handle.Validate(Handle.Normalize(draft.Handle)) is { } handleError)
        {
            errors.Add(new("Handle", handleError, "Use 3 to 30 lowercase letters, digits and single hyphens, starting with a letter."));
        }

        if (draft.Headline is { Length: > DeveloperProfile.HeadlineMaxLength })
        {
            errors.Add(new("Headline", ProfileErrors.HeadlineLength, $"Keep the headline to {DeveloperProfile.HeadlineMaxLength} characters."));
        }

        if (draft.Location is { Length: > DeveloperProfile.LocationMaxLength })
        {
            errors.Add(new("Location", ProfileErrors.LocationLength, $"Keep the location to {DeveloperProfile.LocationMaxLength} characters."));
        }

        if (!string.IsNullOrWhiteSpace(draft.TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(draft.TimeZone.Trim(), out _))
        {
            errors.Add(new("TimeZone", ProfileErrors.TimeZoneUnknown, "Choose a time zone from the list, like Europe/Paris."));
        }

        if (draft.Bio is { Length: > BioMaxLength })
        {
            errors.Add(new("Bio", ProfileErrors.BioLength, $"Keep the bio to {BioMaxLength:N0} characters."));
        }

        if (draft.HoursPerWeek is < 1 or > 80)
        {
            errors.Add(new("HoursPerWeek", ProfileErrors.HoursRange, "Hours per week go from 1 to 80."));
        }

        if (draft.AvatarPath is { } avatar && !IsAvatarPath(avatar))
        {
            errors.Add(new("Avatar", ProfileErrors.AvatarInvalid, "Upload the picture again."));
        }

        if (!Enum.IsDefined(draft.Level) || (draft.PreferredCommitment is { } c && !Enum.IsDefined(c)))
        {
            errors.Add(new("Level", ProjectErrors.EnumInvalid, "Choose from the lists."));
        }

        if (draft.Skills.Count > MaxSkills)
        {
            errors.Add(new("Skills", ProfileErrors.TooManySkills, $"List at most {MaxSkills} skills."));
        }

        if (draft.Skills.Any(s => Tags.Normalize(s.Tag) is null || !Enum.IsDefined(s.Level)))
        {
            errors.Add(new("Skills", ProfileErrors.SkillInvalid, "A skill is a language or technology name with a level."));
        }

        if (draft.WantsToLearn.Count > MaxToLearn)
        {
            errors.Add(new("WantsToLearn", ProfileErrors.TooManyToLearn, $"List at most {MaxToLearn} things you want to learn."));
        }

        if (draft.WantsToLearn.Any(t => Tags.Normalize(t) is null))
        {
            errors.Add(new("WantsToLearn", ProfileErrors.ToLearnInvalid, "Name a language or technology you want to learn."));
        }

        ValidateEntries(draft, today, errors);

        if (draft.Links.Count > MaxLinks)
        {
            errors.Add(new("Links", ProfileErrors.TooManyEntries, $"List at most {MaxLinks} links."));
        }

        for (var i = 0; i < draft.Links.Count; i++)
        {
            if (NormalizeLink(draft.Links[i]) is null)
            {
                errors.Add(new($"Links[{i}].Url", ProfileErrors.LinkInvalid + "." + draft.Links[i].Kind, LinkHint(draft.Links[i].Kind)));
            }
        }

        return errors;
    }

    private static void ValidateEntries(ProfileDraft draft, DateOnly today, List<FieldError> errors)
    {
        if (draft.Experiences.Count > MaxExperiences)
        {
            errors.Add(new("Experiences", ProfileErrors.TooManyEntries, $"List at most {MaxExperiences} experiences."));
        }

        for (var i = 0; i < draft.Experiences.Count; i++)
        {
            var e = draft.Experiences[i];
            var at = $"Experiences[{i}]";
            Required(errors, $"{at}.Title", e.Title, TitleMaxLength, "a title");
            Required(errors, $"{at}.Organisation", e.Organisation, OrganisationMaxLength, "an organisation");
            if (e.Start is null)
            {
                errors.Add(new($"{at}.Start", ProfileErrors.EntryRequired, "Give the month it started."));
            }
            else if (!DatesMakeSense(e.Start, e.IsCurrent ? null : e.End, today))
            {
                errors.Add(new($"{at}.End", ProfileErrors.DatesInvalid, "The end month comes after the start month, and neither is in the future."));
            }

            if (e.Description is { Length: > EntryDescriptionMaxLength })
            {
                errors.Add(new($"{at}.Description", ProfileErrors.EntryTooLong, $"Keep it to {EntryDescriptionMaxLength:N0} characters."));
            }
        }

        if (draft.Education.Count > MaxEducation)
        {
            errors.Add(new("Education", ProfileErrors.TooManyEntries, $"List at most {MaxEducation} schools."));
        }

        for (var i = 0; i < draft.Education.Count; i++)
        {
            var e = draft.Education[i];
            var at = $"Education[{i}]";
            Required(errors, $"{at}.School", e.School, SchoolMaxLength, "a school");
            if (e.Degree is { Length: > TitleMaxLength } || e.Field is { Length: > TitleMaxLength })
            {
                errors.Add(new($"{at}.Degree", ProfileErrors.EntryTooLong, $"Keep degree and field to {TitleMaxLength} characters."));
            }

            if (!DatesMakeSense(e.Start, e.End, today.AddYears(6)))
            {
                errors.Add(new($"{at}.End", ProfileErrors.DatesInvalid, "The end comes after the start."));
            }
        }
    }

    private static void Required(List<FieldError> errors, string field, string? value, int max, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, ProfileErrors.EntryRequired, $"Give {what}."));
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(new(field, ProfileErrors.EntryTooLong, $"Keep it to {max} characters."));
        }
    }

    private static bool DatesMakeSense(DateOnly? start, DateOnly? end, DateOnly latest) =>
        (start is null || (start >= _earliest && start <= latest))
        && (end is null || (end >= _earliest && end <= latest && (start is null || end >= start)));

    public static bool IsAvatarPath(string path) =>
        (path.StartsWith("media/", StringComparison.Ordinal) && ImageHash.IsValid(path["media/".Length..]))
        || (path.StartsWith("img/avatars/", StringComparison.Ordinal) && path.EndsWith(".svg", StringComparison.Ordinal) && !path.Contains("..", StringComparison.Ordinal));

    /// <summary>The canonical https URL for a link of <paramref name="link"/>'s kind, or null when it does not fit.</summary>
    public static string? NormalizeLink(LinkDraft link)
    {
        var text = (link.Url ?? "").Trim();
        if (text.Length is 0 or > UrlMaxLength || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(uri.UserInfo) || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var fits = link.Kind switch
        {
            LinkKind.GitHub => host is "github.com" or "www.github.com" && segments.Length == 1,
            LinkKind.GitLab => host is "gitlab.com" or "www.gitlab.com" && segments.Length >= 1,
            LinkKind.LinkedIn => (host == "linkedin.com" || host.EndsWith(".linkedin.com", StringComparison.Ordinal))
                && segments.Length >= 2 && segments[0] is "in" or "company",
            LinkKind.StackOverflow => host is "stackoverflow.com" or "www.stackoverflow.com" && segments.Length >= 2 && segments[0] == "users",
            LinkKind.Mastodon => segments.Length >= 1 && segments[0].StartsWith('@') && segments[0].Length > 1,
            LinkKind.X => host is "x.com" or "twitter.com" or "www.x.com" or "www.twitter.com" && segments.Length == 1,
            LinkKind.Website or LinkKind.Other => true,
            _ => false,
        };
        return fits ? uri.AbsoluteUri : null;
    }

    private static string LinkHint(LinkKind kind) => kind switch
    {
        LinkKind.GitHub => "Use your GitHub profile address, like https://github.com/yourname.",
        LinkKind.GitLab => "Use your GitLab profile address, like https://gitlab.com/yourname.",
        LinkKind.LinkedIn => "Use your LinkedIn address, like https://www.linkedin.com/in/yourname.",
        LinkKind.StackOverflow => "Use your Stack Overflow address, like https://stackoverflow.com/users/123/yourname.",
        LinkKind.Mastodon => "Use your Mastodon address, like https://mastodon.social/@yourname.",
        LinkKind.X => "Use your X address, like https://x.com/yourname.",
        _ => "Use a full https:// address.",
    };
}

using System.Net.Mail;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Organizations;

/// <summary>What an admin types in the organization's form.</summary>
public sealed record OrganizationDraft
{
    public string? Name { get; init; }

    public string? Handle { get; init; }

    public string? Description { get; init; }

    public string? Website { get; init; }

    public IReadOnlyList<string> Locations { get; init; } = [];

    public IReadOnlyList<string> Tech { get; init; } = [];

    public string? LogoPath { get; init; }
}

/// <summary>A draft that passed <see cref="OrganizationRules.Validate"/>: trimmed, normalised, within limits.</summary>
public sealed record ValidOrganizationDraft(
    string Name, string Handle, string Description, string? Website, IReadOnlyList<string> Locations, IReadOnlyList<string> Tech, string? LogoPath);

public static class OrganizationRules
{
    public const string FormField = "Form";
    public const string NameField = "Name";
    public const string HandleField = "Handle";
    public const string DescriptionField = "Description";
    public const string WebsiteField = "Website";
    public const string LocationsField = "Locations";
    public const string TechField = "Tech";
    public const string LogoField = "Logo";
    public const string EmailField = "Email";

    public static (ValidOrganizationDraft? Valid, List<FieldError> Errors) Validate(OrganizationDraft draft)
    {
        var errors = new List<FieldError>();
        var name = (draft.Name ?? "").Trim();
        if (name.Length is < Organization.NameMinLength or > Organization.NameMaxLength)
        {
            errors.Add(new(NameField, OrganizationErrors.NameLength, $"A name has {Organization.NameMinLength} to {Organization.NameMaxLength} characters."));
        }

        var handle = Handle.Normalize(draft.Handle);
        if (Handle.Validate(handle) is { } handleError)
        {
            errors.Add(new(HandleField, handleError, "Use 3 to 30 lowercase letters, digits and single hyphens, starting with a letter."));
        }

        var description = (draft.Description ?? "").Trim();
        if (description.Length > Organization.DescriptionMaxLength)
        {
            errors.Add(new(DescriptionField, OrganizationErrors.DescriptionLength, $"A description has at most {Organization.DescriptionMaxLength} characters."));
        }

        string? website = null;
        if (!string.IsNullOrWhiteSpace(draft.Website))
        {
            website = WebsiteOf(draft.Website);
            if (website is null)
            {
                errors.Add(new(WebsiteField, ProjectErrors.Website, "Use a full web address starting with https://."));
            }
        }

        var locations = draft.Locations.Select(l => (l ?? "").Trim()).Where(l => l.Length > 0)
            .DistinctBy(LocationKey).ToList();
        if (locations.Count > Organization.MaxLocations)
        {
            errors.Add(new(LocationsField, OrganizationErrors.TooManyLocations, $"List at most {Organization.MaxLocations} places."));
        }
        else if (locations.Any(l => l.Length > Organization.LocationMaxLength))
        {
            errors.Add(new(LocationsField, OrganizationErrors.LocationLength, $"A place has at most {Organization.LocationMaxLength} characters."));
        }

        var typed = draft.Tech.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var tech = typed.Select(Tags.Normalize).ToList();
        if (tech.Any(t => t is null))
        {
            errors.Add(new(TechField, OrganizationErrors.TechInvalid, "One of the technologies is not a name we can use."));
        }
        else if (tech.Select(t => t!.Key).Distinct().Count() > Organization.MaxTech)
        {
            errors.Add(new(TechField, OrganizationErrors.TooManyTech, $"List at most {Organization.MaxTech} technologies."));
        }

        if (draft.LogoPath is { } logo && !ProfileRules.IsAvatarPath(logo))
        {
            errors.Add(new(LogoField, OrganizationErrors.LogoInvalid, "Upload the logo again."));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidOrganizationDraft(name, handle, description, website, locations, tech.Select(t => t!.Key).Distinct().ToList(), draft.LogoPath), errors);
    }

    /// <summary>How places compare: case and surrounding spaces aside ("Paris" is "paris ").</summary>
    public static string LocationKey(string name) => name.Trim().ToLowerInvariant();

    /// <summary>The canonical address of a website, or null when it is not a plain http(s) address with a real host.</summary>
    public static string? WebsiteOf(string text)
    {
        text = text.Trim();
        return text.Length <= Organization.WebsiteMaxLength && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && uri.Scheme is "https" or "http" && uri.Host.Contains('.', StringComparison.Ordinal) && string.IsNullOrEmpty(uri.UserInfo)
            ? uri.AbsoluteUri
            : null;
    }

    /// <summary>The domain of a plain email address ("jobs@acme.io" → "acme.io"), or null when it is not one.</summary>
    public static string? EmailDomainOf(string? email)
    {
        var text = (email ?? "").Trim();
        if (text.Length is 0 or > OrganizationToken.EmailMaxLength || !MailAddress.TryCreate(text, out var address)
            || address.Address != text || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return address.Host.ToLowerInvariant();
    }

    /// <summary>
    /// Whether mail at <paramref name="domain"/> speaks for <paramref name="website"/>: the site's domain (with or without
    /// "www."), or a subdomain of it ("jobs.acme.io" for https://acme.io). Not a parent domain: mail at github.io does
    /// not speak for acme.github.io.
    /// </summary>
    public static bool DomainMatchesWebsite(string domain, string? website)
    {
        if (website is null || !Uri.TryCreate(website, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host.ToLowerInvariant();
        domain = domain.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host["www.".Length..];
        }

        return host == domain || domain.EndsWith("." + host, StringComparison.Ordinal);
    }
}

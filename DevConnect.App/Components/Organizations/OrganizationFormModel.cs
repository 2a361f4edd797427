using DevConnect.Domain.Organizations;

namespace DevConnect.App.Components.Organizations;

/// <summary>The organization form's values as typed: places and technologies as comma-separated text.</summary>
public sealed class OrganizationFormModel
{
    public string? Name { get; set; }

    public string? Handle { get; set; }

    public string? Description { get; set; }

    public string? Website { get; set; }

    public string? Locations { get; set; }

    public string? Tech { get; set; }

    public string? LogoPath { get; set; }

    public static OrganizationFormModel From(OrganizationDraft? draft) => new()
    {
        Name = draft?.Name,
        Handle = draft?.Handle,
        Description = draft?.Description,
        Website = draft?.Website,
        Locations = draft is null ? null : string.Join(", ", draft.Locations),
        Tech = draft is null ? null : string.Join(", ", draft.Tech),
        LogoPath = draft?.LogoPath,
    };

    public OrganizationDraft ToDraft() => new()
    {
        Name = Name,
        Handle = Handle,
        Description = Description,
        Website = Website,
        Locations = Split(Locations),
        Tech = Split(Tech),
        LogoPath = LogoPath,
    };

    private static List<string> Split(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}

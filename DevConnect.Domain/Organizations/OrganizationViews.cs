using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Organizations;

public sealed record OrganizationMemberView(string UserId, string DisplayName, string Handle, string? AvatarPath, OrganizationRole Role)
{
    public string Initials => DeveloperProfile.InitialsOf(DisplayName);
}

/// <summary>An organization's page, as everyone sees it.</summary>
public sealed record OrganizationView(
    int Id,
    string Name,
    string Handle,
    string? LogoPath,
    string Description,
    string? Website,
    bool IsVerified,
    string? VerifiedDomain,
    IReadOnlyList<Tag> Tech,
    IReadOnlyList<string> Locations,
    IReadOnlyList<OrganizationMemberView> Members,
    DateTime CreatedAtUtc,
    Guid Version)
{
    public string Initials => DeveloperProfile.InitialsOf(Name);

    public OrganizationRole? RoleOf(string? userId) => Members.FirstOrDefault(m => m.UserId == userId)?.Role;

    public bool IsAdmin(string? userId) => RoleOf(userId) == OrganizationRole.Admin;

    public OrganizationDraft ToDraft() => new()
    {
        Name = Name,
        Handle = Handle,
        Description = Description,
        Website = Website,
        Locations = Locations,
        Tech = Tech.Select(t => t.Label).ToList(),
        LogoPath = LogoPath,
    };
}

/// <summary>A card in the directory.</summary>
public sealed record OrganizationCardView(
    int Id, string Name, string Handle, string? LogoPath, bool IsVerified, IReadOnlyList<Tag> Tech, IReadOnlyList<string> Locations, int MemberCount)
{
    public string Initials => DeveloperProfile.InitialsOf(Name);
}

/// <summary>The directory's filters (<c>/companies?tech=rust&amp;location=paris</c>).</summary>
public sealed record OrganizationQuery
{
    public const int PageSize = 24;

    public IReadOnlyList<string> Tech { get; init; } = [];

    /// <summary>A location key (<see cref="OrganizationRules.LocationKey"/>), or null for anywhere.</summary>
    public string? Location { get; init; }

    public bool VerifiedOnly { get; init; }

    /// <summary>Only organizations with at least one open opportunity.</summary>
    public bool WithOpenOpportunities { get; init; }

    public int Page { get; init; } = 1;

    public bool Equals(OrganizationQuery? other) =>
        other is not null && Tech.SequenceEqual(other.Tech) && Location == other.Location && VerifiedOnly == other.VerifiedOnly
        && WithOpenOpportunities == other.WithOpenOpportunities && Page == other.Page;

    public override int GetHashCode() => HashCode.Combine(Tech.Count, Location, VerifiedOnly, WithOpenOpportunities, Page);
}

public sealed record OrganizationDirectoryPage(IReadOnlyList<OrganizationCardView> Items, int Total, int Page)
{
    public int PageCount => Math.Max(1, (Total + OrganizationQuery.PageSize - 1) / OrganizationQuery.PageSize);
}

/// <summary>A place the directory can filter by, with how many organizations are there.</summary>
public sealed record LocationChoice(string Key, string Name, int Count);

namespace DevConnect.Domain.Organizations;

public enum OrganizationRole
{
    Member = 0,
    Admin = 1,
}

/// <summary>
/// A company, association or team of employers on DevConnect (<c>/companies/{handle}</c>). Changed only through the
/// organization services, which check that the caller is one of its admins. Every change to who belongs to it moves
/// <see cref="Version"/>, so two admins leaving at once cannot both succeed and leave it without an admin.
/// </summary>
public sealed class Organization
{
    public const int NameMinLength = 2;
    public const int NameMaxLength = 80;
    public const int DescriptionMaxLength = 10_000;
    public const int WebsiteMaxLength = 200;
    public const int MaxLocations = 5;
    public const int LocationMaxLength = 60;
    public const int MaxTech = 12;

    private readonly List<OrganizationTag> _tags = [];
    private readonly List<OrganizationLocation> _locations = [];
    private readonly List<OrganizationMember> _members = [];

    private Organization()
    {
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Normalised like a profile handle (<see cref="Profiles.Handle"/>), in a namespace of its own.</summary>
    public string Handle { get; private set; } = "";

    /// <summary>"media/{hash}" for an upload, or a demo asset path; null for initials.</summary>
    public string? LogoPath { get; private set; }

    public string Description { get; private set; } = "";

    public string? Website { get; private set; }

    /// <summary>The email domain an admin proved to control; null until then, and again when the website moves elsewhere.</summary>
    public string? VerifiedDomain { get; private set; }

    public DateTime? VerifiedAtUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public Guid Version { get; private set; }

    public bool IsVerified => VerifiedAtUtc is not null;

    public IReadOnlyList<OrganizationTag> Tags => _tags;

    public IReadOnlyList<OrganizationLocation> Locations => _locations;

    public IReadOnlyList<OrganizationMember> Members => _members;

    internal static Organization Create(string creatorId, ValidOrganizationDraft draft, DateTime nowUtc)
    {
        var organization = new Organization { CreatedAtUtc = nowUtc };
        organization.Apply(draft, nowUtc);
        organization._members.Add(new OrganizationMember(creatorId, OrganizationRole.Admin, nowUtc));
        return organization;
    }

    internal void Apply(ValidOrganizationDraft draft, DateTime nowUtc)
    {
        Name = draft.Name;
        Handle = draft.Handle;
        LogoPath = draft.LogoPath;
        Description = draft.Description;
        // Verification vouches for one domain: a website elsewhere needs a new confirmation.
        if (VerifiedDomain is not null && !OrganizationRules.DomainMatchesWebsite(VerifiedDomain, draft.Website))
        {
            VerifiedDomain = null;
            VerifiedAtUtc = null;
        }

        Website = draft.Website;
        _tags.RemoveAll(t => !draft.Tech.Contains(t.Tag));
        _tags.AddRange(draft.Tech.Where(t => _tags.All(existing => existing.Tag != t)).Select(t => new OrganizationTag(t)));
        _locations.Clear();
        _locations.AddRange(draft.Locations.Select((name, i) => new OrganizationLocation(OrganizationRules.LocationKey(name), name, i)));
        Touch(nowUtc);
    }

    internal void MarkVerified(string domain, DateTime nowUtc)
    {
        VerifiedDomain = domain;
        VerifiedAtUtc = nowUtc;
        Touch(nowUtc);
    }

    public OrganizationRole? RoleOf(string? userId) => _members.FirstOrDefault(m => m.UserId == userId)?.Role;

    public bool IsAdmin(string? userId) => RoleOf(userId) == OrganizationRole.Admin;

    internal void AddMember(string userId, DateTime nowUtc)
    {
        _members.Add(new OrganizationMember(userId, OrganizationRole.Member, nowUtc));
        Touch(nowUtc);
    }

    /// <summary>False when it would leave the organization without an admin.</summary>
    internal bool RemoveMember(string userId, DateTime nowUtc)
    {
        var member = _members.Single(m => m.UserId == userId);
        if (member.Role == OrganizationRole.Admin && _members.Count(m => m.Role == OrganizationRole.Admin) == 1)
        {
            return false;
        }

        _members.Remove(member);
        Touch(nowUtc);
        return true;
    }

    /// <summary>False when it would leave the organization without an admin.</summary>
    internal bool SetRole(string userId, OrganizationRole role, DateTime nowUtc)
    {
        var member = _members.Single(m => m.UserId == userId);
        if (member.Role == OrganizationRole.Admin && role != OrganizationRole.Admin && _members.Count(m => m.Role == OrganizationRole.Admin) == 1)
        {
            return false;
        }

        member.Role = role;
        Touch(nowUtc);
        return true;
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }
}

/// <summary>One technology of the stack, as a normalised tag key (the same keys as projects' languages).</summary>
public sealed class OrganizationTag(string tag)
{
    public int OrganizationId { get; private set; }

    public string Tag { get; private set; } = tag;
}

/// <summary>A place the organization works from; <see cref="Key"/> is what the directory filters on.</summary>
public sealed class OrganizationLocation(string key, string name, int position)
{
    public int OrganizationId { get; private set; }

    public string Key { get; private set; } = key;

    public string Name { get; private set; } = name;

    public int Position { get; private set; } = position;
}

public sealed class OrganizationMember(string userId, OrganizationRole role, DateTime joinedAtUtc)
{
    public int OrganizationId { get; private set; }

    public string UserId { get; private set; } = userId;

    public OrganizationRole Role { get; internal set; } = role;

    public DateTime JoinedAtUtc { get; private set; } = joinedAtUtc;
}

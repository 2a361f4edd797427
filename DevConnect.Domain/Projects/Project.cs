namespace DevConnect.Domain.Projects;

/// <summary>A project an owner posts so others can find it and join. Changed only through <see cref="ProjectService"/>.</summary>
public sealed partial class Project
{
    public const int NameMinLength = 3;
    public const int NameMaxLength = 80;
    public const int SummaryMaxLength = 160;
    public const int DescriptionMaxLength = 20_000;
    public const int WebsiteMaxLength = 200;

    private readonly List<ProjectTag> _tags = [];
    private readonly List<ProjectRole> _roles = [];
    private readonly List<ProjectImage> _images = [];

    private Project()
    {
    }

    public int Id { get; private set; }

    public string OwnerId { get; private set; } = "";

    /// <summary>
    /// The organization the project is posted under ("by Nordlight Labs" in the feed), or null for the owner's own.
    /// The owner stays the owner either way: an organization lends its name, it does not take the project over.
    /// </summary>
    public int? OrganizationId { get; private set; }

    public string Name { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string? GitHubOwner { get; private set; }

    public string? GitHubRepo { get; private set; }

    /// <summary>
    /// Lower-case "owner/repo": the key of the repository's GitHub snapshot, stored and indexed so the feed joins
    /// projects to snapshots without computing lower() on every row.
    /// </summary>
    public string? GitHubKey { get; private set; }

    /// <summary>
    /// The linked repository's stars, copied from its GitHub snapshot whenever the snapshot is stored or the link
    /// changes (<see cref="ProjectGitHubFacts"/>), so the feed sorts by an indexed column. Null without a fetched repository.
    /// </summary>
    public int? GitHubStars { get; private set; }

    /// <summary>
    /// When the linked repository counts as inactive (archived, or a year after its last push); null when it is not
    /// known to become inactive. A moment rather than a flag, so the feed stays right as time passes between refreshes.
    /// </summary>
    public DateTime? GitHubInactiveFromUtc { get; private set; }

    public string? Website { get; private set; }

    public ProjectStatus Status { get; private set; }

    public Commitment Commitment { get; private set; }

    public bool IsJuniorFriendly { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Changes on every save; an edit based on an older version is refused instead of overwriting.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<ProjectTag> Tags => _tags;

    public IReadOnlyList<ProjectRole> Roles => _roles;

    public IReadOnlyList<ProjectImage> Images => _images;

    public string? GitHubUrl => GitHubOwner is null ? null : $"https://github.com/{GitHubOwner}/{GitHubRepo}";

    public bool IsOwnedBy(string? userId) => userId is not null && userId == OwnerId;

    internal static Project Create(string ownerId, ValidProjectDraft draft, DateTime nowUtc)
    {
        var project = new Project { OwnerId = ownerId, CreatedAtUtc = nowUtc };
        project.Apply(draft, nowUtc);
        return project;
    }

    /// <summary>Who may choose which organization is checked by <see cref="ProjectOrganizationRules"/> first.</summary>
    internal void PostUnder(int? organizationId) => OrganizationId = organizationId;

    internal void Apply(ValidProjectDraft draft, DateTime nowUtc)
    {
        Name = draft.Name;
        Slug = draft.Slug;
        Summary = draft.Summary;
        Description = draft.Description;
        GitHubOwner = draft.GitHubOwner;
        GitHubRepo = draft.GitHubRepo;
        GitHubKey = draft.GitHubOwner is null || draft.GitHubRepo is null ? null : GitHub.GitHubKeys.KeyOf(draft.GitHubOwner, draft.GitHubRepo);
        Website = draft.Website;
        Status = draft.Status;
        Commitment = draft.Commitment;
        IsJuniorFriendly = draft.IsJuniorFriendly;
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();

        _tags.RemoveAll(t => !draft.Tags.Contains(t.Tag));
        foreach (var tag in draft.Tags.Where(t => _tags.All(existing => existing.Tag != t)))
        {
            _tags.Add(new ProjectTag(tag));
        }

        _roles.Clear();
        _roles.AddRange(draft.Roles.Select((r, i) => new ProjectRole(r.Name, r.IsJuniorFriendly, i)));

        _images.RemoveAll(i => !draft.Images.Contains(i.Key));
        foreach (var (key, position) in draft.Images.Select((k, i) => (k, i)))
        {
            var image = _images.FirstOrDefault(i => i.Key == key);
            if (image is null)
            {
                _images.Add(new ProjectImage(key, position));
            }
            else
            {
                image.MoveTo(position);
            }
        }
    }
}

public sealed class ProjectTag
{
    private ProjectTag()
    {
    }

    internal ProjectTag(string tag) => Tag = tag;

    public int ProjectId { get; private set; }

    public string Tag { get; private set; } = "";
}

public sealed class ProjectRole
{
    private ProjectRole()
    {
    }

    internal ProjectRole(string name, bool isJuniorFriendly, int position)
    {
        Name = name;
        IsJuniorFriendly = isJuniorFriendly;
        Position = position;
    }

    public int Id { get; private set; }

    public int ProjectId { get; private set; }

    public string Name { get; private set; } = "";

    public bool IsJuniorFriendly { get; private set; }

    public int Position { get; private set; }
}

/// <summary>
/// An image of a project. <see cref="Key"/> is either the SHA-256 of an upload (served from the image store)
/// or "asset:" and a path under wwwroot-assets (demo data). Position 0 is the cover.
/// </summary>
public sealed class ProjectImage
{
    public const string AssetPrefix = "asset:";

    private ProjectImage()
    {
    }

    internal ProjectImage(string key, int position)
    {
        Key = key;
        Position = position;
    }

    public int Id { get; private set; }

    public int ProjectId { get; private set; }

    public string Key { get; private set; } = "";

    public int Position { get; private set; }

    public bool IsUpload => !Key.StartsWith(AssetPrefix, StringComparison.Ordinal);

    internal void MoveTo(int position) => Position = position;
}

/// <summary>Who uploaded which bytes: a project may only use images its editor uploaded (or already has).</summary>
public sealed class UploadedImage
{
    private UploadedImage()
    {
    }

    internal UploadedImage(string hash, string uploadedById, string contentType, long size, DateTime nowUtc)
    {
        Hash = hash;
        UploadedById = uploadedById;
        ContentType = contentType;
        Size = size;
        UploadedAtUtc = nowUtc;
    }

    public string Hash { get; private set; } = "";

    public string UploadedById { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }
}

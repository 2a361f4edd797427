using System.Text.Json;
using DevConnect.Domain.Projects;

namespace DevConnect.App.Components.Projects;

/// <summary>The project editor's mutable copy of a <see cref="ProjectDraft"/>: what the member has typed so far.</summary>
public sealed class ProjectEditorForm
{
    public string? Name { get; set; }

    public string? Summary { get; set; }

    public string? Description { get; set; }

    public string? GitHubUrl { get; set; }

    public string? Website { get; set; }

    public List<string> Tags { get; } = [];

    public ProjectStatus Status { get; set; } = ProjectStatus.Recruiting;

    public Commitment Commitment { get; set; } = Commitment.LongTerm;

    public bool IsJuniorFriendly { get; set; } = true;

    public List<RoleRow> Roles { get; } = [];

    public List<string> Images { get; } = [];

    /// <summary>"Post as": an organization's id, or null for the member themselves.</summary>
    public int? OrganizationId { get; set; }

    public static ProjectEditorForm From(ProjectDraft draft)
    {
        var form = new ProjectEditorForm
        {
            Name = draft.Name,
            Summary = draft.Summary,
            Description = draft.Description,
            GitHubUrl = draft.GitHubUrl,
            Website = draft.Website,
            Status = draft.Status,
            Commitment = draft.Commitment,
            IsJuniorFriendly = draft.IsJuniorFriendly,
            OrganizationId = draft.OrganizationId,
        };
        form.Tags.AddRange(draft.Tags.Select(DevConnect.Domain.Projects.Tags.Normalize).OfType<Tag>().Select(t => t.Key));
        form.Roles.AddRange(draft.Roles.Select(r => new RoleRow { Name = r.Name, IsJuniorFriendly = r.IsJuniorFriendly }));
        form.Images.AddRange(draft.Images);
        return form;
    }

    public ProjectDraft ToDraft() => new()
    {
        Name = Name,
        Summary = Summary,
        Description = Description,
        GitHubUrl = GitHubUrl,
        Website = Website,
        Tags = Tags.ToList(),
        Status = Status,
        Commitment = Commitment,
        IsJuniorFriendly = IsJuniorFriendly,
        Roles = Roles.Where(r => !string.IsNullOrWhiteSpace(r.Name)).Select(r => new RoleDraft(r.Name, r.IsJuniorFriendly)).ToList(),
        Images = Images.ToList(),
        OrganizationId = OrganizationId,
    };

    /// <summary>What a save would store, as text: equal fingerprints mean there is nothing new to save.</summary>
    public string Fingerprint() => JsonSerializer.Serialize(ToDraft());

    public void AddTag(string key)
    {
        if (!Tags.Contains(key))
        {
            Tags.Add(key);
        }
    }

    public void MoveImage(int from, int to)
    {
        var key = Images[from];
        Images.RemoveAt(from);
        Images.Insert(to, key);
    }

    public sealed class RoleRow
    {
        public string Name { get; set; } = "";

        public bool IsJuniorFriendly { get; set; }
    }
}

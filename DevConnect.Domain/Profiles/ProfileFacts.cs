using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Profiles;

/// <summary>
/// The profile fields that read the same in the editor's draft and on the public page, declared once. The draft
/// (<see cref="ProfileDraft"/>) and the view (<see cref="PublicProfileView"/>) derive from it, so a view is built
/// from a draft by the record copy constructor and the editor binds to the draft itself: a new field of this kind is
/// added here, in the entity (<see cref="DeveloperProfile.Apply"/> and <see cref="DeveloperProfile.ToDraft"/>) and in
/// the UI. Settable because the editor binds to a draft; nothing writes to a view once it is built.
/// </summary>
public abstract record ProfileFacts
{
    public string? Headline { get; set; }

    public string? Location { get; set; }

    public string? TimeZone { get; set; }

    public string? Bio { get; set; }

    public ExperienceLevel Level { get; set; }

    /// <summary>"img/avatars/x.svg" (demo), "media/{hash}" (upload) or null for initials.</summary>
    public string? AvatarPath { get; set; }

    public bool OpenToCollaborate { get; set; } = true;

    public int? HoursPerWeek { get; set; }

    public Commitment? PreferredCommitment { get; set; }

    public bool OpenToMentoring { get; set; }

    public bool LookingForMentor { get; set; }

    /// <summary>Languages and technologies the member wants to learn (tag labels): matching favours projects that use them.</summary>
    public IReadOnlyList<string> WantsToLearn { get; set; } = [];
}

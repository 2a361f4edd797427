using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Profiles;

/// <summary>A member as cards and the directory show them.</summary>
public sealed record ProfileSummary(
    string Handle,
    string DisplayName,
    string? Headline,
    string? Location,
    ExperienceLevel Level,
    string? AvatarPath,
    string Initials,
    IReadOnlyList<Tag> Skills,
    bool OpenToCollaborate = false,
    bool OpenToMentoring = false,
    bool LookingForMentor = false);

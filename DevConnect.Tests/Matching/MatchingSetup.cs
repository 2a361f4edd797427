using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Matching;

/// <summary>Members with the profile a matching test needs, and projects with tags and roles, through the real services.</summary>
internal static class MatchingSetup
{
    /// <summary>Registers a member and saves their profile as <paramref name="change"/> makes it.</summary>
    public static async Task<string> MemberAsync(DomainHarness domain, string name, Func<ProfileDraft, ProfileDraft> change)
    {
        var userId = await domain.CreateMemberAsync(name);
        await SetProfileAsync(domain, userId, change);
        return userId;
    }

    public static async Task SetProfileAsync(DomainHarness domain, string userId, Func<ProfileDraft, ProfileDraft> change)
    {
        var editing = domain.Get<ProfileEditService>();
        var (draft, version, current) = (await editing.GetDraftAsync(userId))!.Value;
        var saved = await editing.UpdateAsync(userId, current.Handle, version, change(draft));
        Assert.True(saved.Succeeded, string.Join(", ", saved.Errors.Select(e => $"{e.Field}: {e.Message}")));
    }

    /// <summary>A junior who knows Rust, wants to learn Go, looks for a mentor and lives in Paris.</summary>
    public static ProfileDraft RustJunior(ProfileDraft draft) => draft with
    {
        Level = ExperienceLevel.Junior,
        Skills = [new SkillDraft("Rust", SkillLevel.Comfortable)],
        WantsToLearn = ["Go"],
        LookingForMentor = true,
        TimeZone = "Europe/Paris",
        PreferredCommitment = Commitment.LongTerm,
        HoursPerWeek = 8,
    };

    public static async Task<int> ProjectAsync(
        DomainHarness domain, string ownerId, string name, string[] tags, bool juniorFriendly = false, string[]? roles = null,
        ProjectStatus status = ProjectStatus.Recruiting, Commitment commitment = Commitment.LongTerm)
    {
        var result = await domain.Get<ProjectService>().CreateAsync(ownerId, new ProjectDraft
        {
            Name = name,
            Summary = $"{name}, a project for matching tests",
            Tags = tags,
            Status = status,
            Commitment = commitment,
            IsJuniorFriendly = juniorFriendly,
            Roles = (roles ?? []).Select(r => new RoleDraft(r, juniorFriendly)).ToList(),
        });
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.ProjectId!.Value;
    }
}

namespace DevConnect.Domain.Profiles;

/// <summary>What the member wants to learn: matching reads it to favour projects where they would learn it.</summary>
public sealed partial class DeveloperProfile
{
    public const int WantsToLearnMaxLength = ProfileRules.MaxToLearn * (Projects.Tags.MaxLength + 1);

    /// <summary>Tag keys separated by spaces, in the member's order (tag keys never contain a space).</summary>
    public string? WantsToLearn { get; private set; }

    public IReadOnlyList<string> WantsToLearnTags => WantsToLearn?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    private void SetWantsToLearn(IEnumerable<string> labels)
    {
        var keys = labels.Select(Projects.Tags.Normalize).OfType<Projects.Tag>().Select(t => t.Key).Distinct().Take(ProfileRules.MaxToLearn).ToList();
        WantsToLearn = keys.Count == 0 ? null : string.Join(' ', keys);
    }
}

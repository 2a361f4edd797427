namespace DevConnect.Domain.GitHub;

/// <summary>How repositories and members' GitHub accounts are named in snapshots and in the refresh queue.</summary>
public static class GitHubKeys
{
    /// <summary>The refresh queue carries repository keys as they are and members' logins behind this prefix.</summary>
    public const string UserQueuePrefix = "user:";

    /// <summary>"owner/name" in lower case: GitHub names are case-insensitive, so one repository has one key.</summary>
    public static string KeyOf(string owner, string repo) => $"{owner}/{repo}".ToLowerInvariant();

    public static string UserKeyOf(string login) => login.ToLowerInvariant();
}

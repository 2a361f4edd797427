namespace DevConnect.Domain.GitHub;

/// <summary>
/// Why the last refresh failed, stored on a snapshot as a code: the page says it in the reader's language
/// ("Error." + code in the app's resources).
/// </summary>
public static class GitHubErrors
{
    public const string RateLimited = "GitHubRateLimited";
    public const string Timeout = "GitHubTimeout";
    public const string Unreachable = "GitHubUnreachable";
}

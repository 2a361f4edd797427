namespace DevConnect.Domain.Profiles;

/// <summary>Which kind of professional link an address is, so people paste an address and are asked nothing more.</summary>
public static class LinkKinds
{
    /// <summary>
    /// The kind the address itself says (github.com → GitHub, …, any other https site → Website); null when it is
    /// not an https address yet, and the person has to say.
    /// </summary>
    public static LinkKind? Infer(string? url)
    {
        if (!Uri.TryCreate((url ?? "").Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        return host switch
        {
            "github.com" => LinkKind.GitHub,
            "gitlab.com" => LinkKind.GitLab,
            "stackoverflow.com" => LinkKind.StackOverflow,
            "x.com" or "twitter.com" => LinkKind.X,
            _ when host == "linkedin.com" || host.EndsWith(".linkedin.com", StringComparison.Ordinal) => LinkKind.LinkedIn,
            _ when uri.AbsolutePath.StartsWith("/@", StringComparison.Ordinal) => LinkKind.Mastodon,
            _ => LinkKind.Website,
        };
    }
}

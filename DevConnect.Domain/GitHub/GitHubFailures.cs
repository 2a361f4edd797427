using System.Globalization;
using System.Net;
using Octokit;
using Polly;
using Polly.Timeout;

namespace DevConnect.Domain.GitHub;

/// <summary>Reads what went wrong with a call to GitHub: a rate limit to wait out, or a failure to retry later.</summary>
internal static class GitHubFailures
{
    /// <summary>
    /// The code (<see cref="GitHubErrors"/>) stored on the snapshot for a failure worth retrying later, or null for anything else (a bug,
    /// which should surface). The resilience pipeline's own refusals (timeout, open circuit) count as failures.
    /// </summary>
    public static string? Describe(Exception ex) => ex switch
    {
        TimeoutRejectedException or TaskCanceledException or TimeoutException => GitHubErrors.Timeout,
        ApiException or HttpRequestException or ExecutionRejectedException => GitHubErrors.Unreachable,
        _ => null,
    };

    /// <summary>When a 403/429 is a rate limit, the moment calls may start again; otherwise null.</summary>
    public static DateTimeOffset? RateLimitEnd(ApiException ex, DateTimeOffset now)
    {
        if (ex.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        string? Header(string name) => ex.HttpResponse?.Headers
            .FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        if (int.TryParse(Header("Retry-After"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return now.AddSeconds(seconds);
        }

        if (Header("X-RateLimit-Remaining") == "0" || ex is RateLimitExceededException)
        {
            return long.TryParse(Header("X-RateLimit-Reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch)
                && DateTimeOffset.FromUnixTimeSeconds(epoch) is var reset && reset > now
                    ? reset
                    : now.AddMinutes(15);
        }

        return ex is SecondaryRateLimitExceededException or AbuseException ? now.AddMinutes(1) : null;
    }
}

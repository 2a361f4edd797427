using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Octokit;
using Octokit.Caching;
using Octokit.Internal;
using Polly;
using Polly.Timeout;

namespace DevConnect.Domain.GitHub;

/// <summary>
/// Octokit clients over an <see cref="IHttpClientFactory"/> handler, so connections are pooled and recycled by the
/// factory and every call goes through one resilience pipeline: a timeout per attempt, retries with jittered
/// back-off for transient failures, and a circuit breaker that stops hammering a GitHub that is down.
/// </summary>
public sealed class GitHubClients(IHttpMessageHandlerFactory handlers, IResponseCache responseCache, IOptions<GitHubOptions> options)
{
    public const string HttpClientName = "GitHub";

    /// <summary>A client for one refresh; dispose it when the refresh is done (the pooled handler survives).</summary>
    public GitHubClientLease Create()
    {
        var o = options.Value;
        var adapter = new HttpClientAdapter(() => handlers.CreateHandler(HttpClientName));
        var baseUri = new Uri(o.ApiBaseUrl.EndsWith('/') ? o.ApiBaseUrl : o.ApiBaseUrl + "/");
        // new GitHubClient(header, uri) would rewrite a non-github.com host to <uri>/api/v3/ (Enterprise); a Connection keeps it as given.
        var connection = new Connection(new ProductHeaderValue("DevConnect", "1.0"), baseUri, new InMemoryCredentialStore(Credentials(o)), adapter, new SimpleJsonSerializer());
        var client = new GitHubClient(connection) { ResponseCache = responseCache };
        // The pipeline owns timeouts; HttpClient's own must not cut a retry short.
        client.SetRequestTimeout(TotalTimeout(o) + TimeSpan.FromSeconds(5));
        return new GitHubClientLease(client, adapter);
    }

    private static Credentials Credentials(GitHubOptions o) =>
        string.IsNullOrWhiteSpace(o.Token) ? Octokit.Credentials.Anonymous : new Credentials(o.Token);

    private static TimeSpan TotalTimeout(GitHubOptions o) => (o.Timeout + o.RetryDelay * 4) * (o.Retries + 1);

    /// <summary>Registers the named client and its pipeline.</summary>
    internal static void Register(IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName).AddResilienceHandler("github", (pipeline, context) =>
        {
            var o = context.ServiceProvider.GetRequiredService<IOptions<GitHubOptions>>().Value;
            // Network timeouts and retry delays run on the wall clock: the domain's TimeProvider may be a test's manual clock.
            pipeline.TimeProvider = TimeProvider.System;
            pipeline.AddTimeout(TotalTimeout(o));
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(o.Retries, 1),
                Delay = o.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(o.Retries > 0 && IsTransient(args.Outcome)),
            });
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 5,
                SamplingDuration = TimeSpan.FromSeconds(60),
                BreakDuration = TimeSpan.FromSeconds(30),
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            });
            pipeline.AddTimeout(o.Timeout);
        });
    }

    /// <summary>
    /// Failures worth trying again at once. Rate limits (403/429) are not: they are waited out by the budget,
    /// and retrying them would spend what is left of it.
    /// </summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout };
}

/// <summary>An Octokit client and the adapter that owns its HttpClient.</summary>
public sealed class GitHubClientLease(GitHubClient client, HttpClientAdapter adapter) : IDisposable
{
    public GitHubClient Client { get; } = client;

    public void Dispose() => adapter.Dispose();
}

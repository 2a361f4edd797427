namespace DevConnect.Tests.Infrastructure;

/// <summary>The seeded demo community on a real loopback port: requests go through Kestrel's own parsing and HEAD handling.</summary>
public sealed class SeededLiveAppFactory : LiveAppFactory
{
    public SeededLiveAppFactory() => SeedDemoData = true;

    /// <summary>A client that keeps cookies and shows redirects instead of following them, as the sweep needs.</summary>
    public HttpClient CreateRealClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = BaseAddress };
}

using DevConnect.Domain.Accounts;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Accounts;

/// <summary>
/// Logging in with an unknown email must cost what a known one costs, or the answer time tells who has an
/// account. The cost is the password hash, so the test counts hash verifications of the app's real hasher.
/// </summary>
public sealed class LoginTimingTests(LoginTimingTests.CountingApp app) : IClassFixture<LoginTimingTests.CountingApp>
{
    public sealed class CountingApp : DevConnectAppFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<DevConnectUser>>(Hasher));
        }
    }

    /// <summary>The real hasher, counting how often a password is checked.</summary>
    public sealed class CountingHasher : IPasswordHasher<DevConnectUser>
    {
        private readonly PasswordHasher<DevConnectUser> _real = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(DevConnectUser user, string password) => _real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(DevConnectUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private async Task<int> VerificationsForLoginAsync(string email)
    {
        var client = app.CreateBrowserLikeClient();
        var form = (await HtmlForm.LoadAsync(client, "/Account/Login")).Set("Input.Email", email).Set("Input.Password", "not the password at all");
        var before = app.Hasher.Verifications;
        var response = await form.PostAsync(client);
        Assert.Contains("The email or password is not correct.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        return app.Hasher.Verifications - before;
    }

    [Fact]
    public async Task Logging_in_with_an_unknown_email_checks_a_password_hash_like_a_known_one()
    {
        var known = $"{Guid.NewGuid():N}@example.com";
        await using (var scope = app.GetService<IServiceScopeFactory>().CreateAsyncScope())
        {
            var registered = await scope.ServiceProvider.GetRequiredService<RegistrationService>()
                .RegisterAsync(new RegistrationRequest(known, "Known Member", null, "a long enough passphrase"));
            Assert.True(registered.Succeeded);
        }

        var forKnown = await VerificationsForLoginAsync(known);
        var forUnknown = await VerificationsForLoginAsync($"{Guid.NewGuid():N}@example.com");

        Assert.Equal(1, forKnown);
        Assert.Equal(forKnown, forUnknown);
    }
}

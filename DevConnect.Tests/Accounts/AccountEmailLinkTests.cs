using DevConnect.Domain.Accounts;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Accounts;

/// <summary>Account emails link to the configured public address, whatever Host header the request carried.</summary>
public sealed class AccountEmailLinkTests : IAsyncLifetime
{
    private readonly DevConnectAppFactory _app = new() { Settings = { ["DevConnect:PublicBaseUrl"] = "https://devconnect.example/" } };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_reset_asked_for_with_a_forged_host_still_links_to_the_public_address()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        await using (var scope = _app.GetService<IServiceScopeFactory>().CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RegistrationService>()
                .RegisterAsync(new RegistrationRequest(email, "Forged Host Target", null, "a long enough passphrase"));
        }

        var client = _app.CreateBrowserLikeClient();
        var form = await HtmlForm.LoadAsync(client, "/Account/ForgotPassword");
        client.DefaultRequestHeaders.Host = "evil.example";
        await form.Set("Input.Email", email).PostAsync(client);

        var link = new Uri(DevConnectAppFactory.FirstLink(await _app.WaitForEmailAsync(email)));
        Assert.Equal("devconnect.example", link.Host);
        Assert.Equal("/Account/ResetPassword", link.AbsolutePath);
    }
}

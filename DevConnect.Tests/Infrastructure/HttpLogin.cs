using System.Net;
using DevConnect.Domain.Seeding;

namespace DevConnect.Tests.Infrastructure;

public static class HttpLogin
{
    /// <summary>Logs <paramref name="client"/> in through the real form, as a demo member by default.</summary>
    public static async Task LoginAsync(this HttpClient client, string handleOrEmail, string password = DemoDataSeeder.DemoPassword)
    {
        var email = handleOrEmail.Contains('@', StringComparison.Ordinal) ? handleOrEmail : $"{handleOrEmail}@{DemoDataSeeder.DemoEmailDomain}";
        var response = await (await HtmlForm.LoadAsync(client, "/Account/Login"))
            .Set("Input.Email", email).Set("Input.Password", password).PostAsync(client);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login as {email} failed: {response.StatusCode}");
    }
}

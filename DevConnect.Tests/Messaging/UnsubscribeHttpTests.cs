using System.Net;
using System.Text.RegularExpressions;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Applications;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Messaging;

public sealed class UnsubscribeHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    private async Task<string> UserIdOf(string handle)
    {
        await using var db = await app.GetService<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        return db.Profiles.Single(p => p.Handle == handle).UserId;
    }

    [Fact]
    public async Task The_unsubscribe_link_in_an_email_works_without_a_session_and_only_for_its_member()
    {
        var project = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "Zig Shell" })).Items.Single();
        await app.GetService<ApplicationService>().ApplyAsync(await UserIdOf("hannah-cohen"), project.Id, "docs", "I write docs for a living and would love to document the shell.");
        var email = await app.WaitForEmailAsync("tomasz-kowalski@demo.devconnect.local");
        var link = WebUtility.HtmlDecode(Regex.Match(email, "href=\"([^\"]*unsubscribe\\?token=[^\"]+)\"").Groups[1].Value);
        var anonymous = app.CreateBrowserLikeClient();

        var forged = await anonymous.GetAsync(new Uri(link).PathAndQuery[..^3] + "abc");
        var response = await anonymous.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"unsubscribed\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var emails = app.GetService<NotificationEmails>();
        Assert.Equal(EmailFrequency.Off, await emails.GetPreferenceAsync(await UserIdOf("tomasz-kowalski")));
        Assert.Equal(EmailFrequency.Immediately, await emails.GetPreferenceAsync(await UserIdOf("hannah-cohen")));
    }
}

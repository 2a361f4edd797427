using System.Net;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Matching;

/// <summary>/for-you and the home page's "For you" over real HTTP, on the demo community.</summary>
public sealed class ForYouHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task Visitors_are_sent_to_log_in()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/for-you");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_member_gets_their_suggestions_with_reasons_and_the_home_page_shows_the_best_ones()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await client.LoginAsync("mei-tanaka");

        var response = await client.GetAsync("/for-you");
        var page = await response.Content.ReadAsStringAsync();
        var home = await client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"match-reason\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"home-for-you\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_chooses_the_weekly_projects_email_in_their_notification_settings()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await client.LoginAsync("ethan-walker");
        var userId = (await app.GetService<DevConnect.Domain.Profiles.ProfileService>().GetPublicAsync("ethan-walker"))!.UserId;
        var page = await client.GetStringAsync("/Account/Manage/Notifications");
        Assert.Contains("Weekly: the new projects that fit me, and why", page, StringComparison.Ordinal);

        var response = await HtmlForm.Parse(page, "/Account/Manage/Notifications", "email-preferences").Set("Input.ProjectDigest", "Weekly").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DevConnect.Domain.Matching.ProjectDigestFrequency.Weekly, await app.GetService<DevConnect.Domain.Matching.ProjectDigestEmails>().GetAsync(userId));
    }

    [Fact]
    public async Task Visitors_see_no_for_you_section_on_the_home_page()
    {
        using var client = app.CreateClient();

        var home = await client.GetStringAsync("/");

        Assert.DoesNotContain("home-for-you", home, StringComparison.Ordinal);
    }
}

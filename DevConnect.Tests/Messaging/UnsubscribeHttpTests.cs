using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Applications;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Messaging;

/// <summary>RFC 8058 one-click unsubscribe: the headers in the delivered email, a GET that only asks, a POST that acts.</summary>
public sealed partial class UnsubscribeHttpTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    private async Task<string> UserIdOf(string handle)
    {
        await using var db = await app.GetService<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        return db.Profiles.Single(p => p.Handle == handle).UserId;
    }

    private async Task<EmailFrequency> PreferenceOf(string handle) =>
        await app.GetService<NotificationEmails>().GetPreferenceAsync(await UserIdOf(handle));

    private static FormUrlEncodedContent OneClick() => new([new("List-Unsubscribe", "One-Click")]);

    [Fact]
    public async Task A_notification_email_carries_one_click_headers_opening_its_link_changes_nothing_and_the_one_click_post_unsubscribes_its_member_only()
    {
        var project = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "Zig Shell" })).Items.Single();
        await app.GetService<ApplicationService>().ApplyAsync(await UserIdOf("hannah-cohen"), project.Id, "docs", "I write docs for a living and would love to document the shell.");

        var email = (await app.Sink.WaitForAsync(1)).Single(m => m.To.Mailboxes.Single().Address == "tomasz-kowalski@demo.devconnect.local");
        var header = email.Headers["List-Unsubscribe"] ?? "";
        Assert.Equal("List-Unsubscribe=One-Click", email.Headers["List-Unsubscribe-Post"]);
        var link = new Uri(Bracketed().Match(header).Groups[1].Value);
        Assert.Equal("/unsubscribe", link.AbsolutePath);
        Assert.Contains(WebUtility.HtmlEncode(link.AbsoluteUri), email.HtmlBody, StringComparison.Ordinal);
        var anonymous = app.CreateBrowserLikeClient();

        // What a mail scanner or a link preview does: nothing changes, the page asks.
        var opened = await anonymous.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("data-testid=\"unsubscribe-form\"", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(EmailFrequency.Immediately, await PreferenceOf("tomasz-kowalski"));

        // What the mail client's "Unsubscribe" button does: no cookie, no antiforgery token.
        var forged = await anonymous.PostAsync(link.PathAndQuery[..^3] + "abc", OneClick());
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var clicked = await anonymous.PostAsync(link.PathAndQuery, OneClick());

        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        Assert.Equal(EmailFrequency.Off, await PreferenceOf("tomasz-kowalski"));
        Assert.Equal(EmailFrequency.Immediately, await PreferenceOf("hannah-cohen"));
    }

    [Fact]
    public async Task The_confirm_button_on_the_page_unsubscribes_and_the_page_then_says_so()
    {
        var token = app.GetService<IUnsubscribeTokens>().Create(await UserIdOf("mei-tanaka"));
        var client = app.CreateBrowserLikeClient();
        var page = await (await client.GetAsync($"/unsubscribe?token={Uri.EscapeDataString(token)}")).Content.ReadAsStringAsync();
        var action = WebUtility.HtmlDecode(FormAction().Match(page).Groups[1].Value);
        Assert.Equal(EmailFrequency.Immediately, await PreferenceOf("mei-tanaka"));

        var pressed = await client.PostAsync("/" + action, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
        Assert.Equal(EmailFrequency.Off, await PreferenceOf("mei-tanaka"));
        var after = await client.GetAsync(pressed.Headers.Location);
        Assert.Contains("data-testid=\"unsubscribed\"", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_link_shows_a_clear_message_and_changes_nobody()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/unsubscribe?token=not-a-token");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid or has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_one_click_body_is_a_clear_refusal_not_a_server_error()
    {
        using var body = new StringContent("List-Unsubscribe=One-Click");
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        var response = await app.CreateBrowserLikeClient().PostAsync("/unsubscribe?token=not-a-token", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid or has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("^<([^>]+)>$")]
    private static partial Regex Bracketed();

    [GeneratedRegex("action=\"([^\"]+)\"[^>]*data-testid=\"unsubscribe-form\"")]
    private static partial Regex FormAction();
}

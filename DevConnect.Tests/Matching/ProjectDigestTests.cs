using DevConnect.Domain.Matching;
using DevConnect.Domain.Messaging;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Matching;

/// <summary>The weekly "projects for you" email over a real database and the outbox's pickup folder.</summary>
public sealed class ProjectDigestTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;
    private string _owner = "";

    private ProjectDigestEmails Digests => _domain.Get<ProjectDigestEmails>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(clock: _clock);
        _owner = await MatchingSetup.MemberAsync(_domain, "Olga Owner", d => d with { OpenToMentoring = true, TimeZone = "Europe/Berlin" });
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task A_weekly_member_gets_the_new_projects_that_fit_with_their_reasons_and_an_unsubscribe_link_once_a_week()
    {
        var me = await MatchingSetup.MemberAsync(_domain, "Wendy Weekly", MatchingSetup.RustJunior);
        await Digests.SetAsync(me, ProjectDigestFrequency.Weekly);
        await MatchingSetup.ProjectAsync(_domain, _owner, "Ferris Garden", ["rust"], juniorFriendly: true, roles: ["backend"]);

        Assert.Equal(1, await Digests.SendDueAsync());
        Assert.Equal(0, await Digests.SendDueAsync());

        var email = Assert.Single(await _domain.DeliveredEmailsAsync());
        Assert.Contains("Subject: DevConnect: a project for you this week", email, StringComparison.Ordinal);
        Assert.Contains("Ferris Garden: You know Rust · junior-friendly backend role · the owner offers mentoring", System.Net.WebUtility.HtmlDecode(QuotedPrintable(email)), StringComparison.Ordinal);
        Assert.Contains("List-Unsubscribe:", email, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(7));
        await MatchingSetup.ProjectAsync(_domain, _owner, "Second Garden", ["rust"], juniorFriendly: true);
        Assert.Equal(1, await Digests.SendDueAsync());
    }

    [Fact]
    public async Task Nobody_gets_it_by_default_or_after_choosing_never_or_unsubscribing_in_one_click()
    {
        var silent = await MatchingSetup.MemberAsync(_domain, "Default Dora", MatchingSetup.RustJunior);
        var never = await MatchingSetup.MemberAsync(_domain, "Never Nell", MatchingSetup.RustJunior);
        var leaving = await MatchingSetup.MemberAsync(_domain, "Leaving Leo", MatchingSetup.RustJunior);
        await Digests.SetAsync(never, ProjectDigestFrequency.Weekly);
        await Digests.SetAsync(never, ProjectDigestFrequency.Never);
        await Digests.SetAsync(leaving, ProjectDigestFrequency.Weekly);
        await MatchingSetup.ProjectAsync(_domain, _owner, "Ferris Garden", ["rust"], juniorFriendly: true);

        await _domain.Get<NotificationEmails>().UnsubscribeAsync(_domain.Get<IUnsubscribeTokens>().Create(leaving));

        Assert.Equal(0, await Digests.SendDueAsync());
        Assert.Equal(ProjectDigestFrequency.Never, await Digests.GetAsync(silent));
        Assert.Equal(ProjectDigestFrequency.Never, await Digests.GetAsync(leaving));
    }

    // The .eml body is quoted-printable: soft line breaks and =XX escapes.
    private static string QuotedPrintable(string eml)
    {
        var text = eml.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }
}

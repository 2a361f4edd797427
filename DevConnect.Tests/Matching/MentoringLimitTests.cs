using Bunit;
using DevConnect.App.Components.Matching;
using DevConnect.Domain.Matching;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Profiles;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Matching;

/// <summary>
/// A member may ask <c>Matching:MentoringRequestsPerDay</c> mentors a rolling day (two here): the next one is refused
/// with when it lifts, nothing is written, and the mentoring page says so beside the mentor (domain and bUnit).
/// </summary>
public sealed class MentoringLimitTests : DomainComponentContext
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero));

    protected override IDictionary<string, string?>? DomainSettings => new Dictionary<string, string?> { ["Matching:MentoringRequestsPerDay"] = "2" };

    protected override void ConfigureDomain(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    private MentoringService Mentoring => Domain.Get<MentoringService>();

    private Task<string> MentorAsync(string name) =>
        MatchingSetup.MemberAsync(Domain, name, d => d with
        {
            Level = ExperienceLevel.Senior,
            OpenToMentoring = true,
            TimeZone = "Europe/Paris",
            Skills = [new SkillDraft("Rust", SkillLevel.Expert)],
        });

    [Fact]
    public async Task Asking_more_mentors_than_the_daily_limit_is_refused_with_when_it_lifts_and_nothing_is_written()
    {
        var first = await MentorAsync("Ada First");
        var second = await MentorAsync("Bo Second");
        var third = await MentorAsync("Cy Third");
        var me = await MatchingSetup.MemberAsync(Domain, "Jun Mentee", MatchingSetup.RustJunior);
        var asked = await Mentoring.AskAsync(me, first);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await Mentoring.AskAsync(me, second)).Succeeded);
        var inboxBefore = (await Domain.Get<MessagingService>().InboxAsync(me)).Count;

        var refused = await Mentoring.AskAsync(me, third);
        var again = await Mentoring.AskAsync(me, first);

        var error = Assert.Single(refused.Errors);
        Assert.Equal(MentoringErrors.Limit, error.Code);
        Assert.Equal("You can ask 2 mentors a day. You can ask again at 09:15 UTC.", error.Message);
        Assert.Equal(asked.Value, again.Value);
        Assert.Equal(inboxBefore, (await Domain.Get<MessagingService>().InboxAsync(me)).Count);
        Assert.Empty(await Mentoring.AskedAsync(third));
        Assert.Empty(await Domain.Get<NotificationService>().ListAsync(third));

        _clock.Advance(TimeSpan.FromHours(23));
        Assert.True((await Mentoring.AskAsync(me, third)).Succeeded);
        Assert.Single(await Mentoring.AskedAsync(third));
    }

    [Fact]
    public async Task On_the_mentoring_page_the_refusal_shows_beside_the_mentor_and_the_page_stays()
    {
        await MentorAsync("Ada First");
        await MentorAsync("Bo Second");
        await MentorAsync("Cy Third");
        var me = await SignInAsync("Jun Reader");
        await MatchingSetup.SetProfileAsync(Domain, me, MatchingSetup.RustJunior);
        foreach (var handle in new[] { "ada-first", "bo-second" })
        {
            var mentor = (await Domain.Get<ProfileService>().GetPublicAsync(handle))!.UserId;
            Assert.True((await Mentoring.AskAsync(me, mentor)).Succeeded);
        }

        var page = Render<MentoringPage>();
        page.WaitForAssertion(() => page.Find("[data-mentor=cy-third] [data-testid=ask-mentoring]"));
        var before = Navigation.Uri;

        page.Find("[data-mentor=cy-third] [data-testid=ask-mentoring]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "You can ask 2 mentors a day. You can ask again at 09:15 UTC.",
            page.Find("[data-mentor=cy-third] [data-testid=mentoring-error]").TextContent.Trim()));
        Assert.Equal(before, Navigation.Uri);
        Assert.Empty(page.FindAll("[data-mentor=ada-first] [data-testid=mentoring-error]"));
        Assert.Empty(await Mentoring.AskedAsync((await Domain.Get<ProfileService>().GetPublicAsync("cy-third"))!.UserId));
    }
}

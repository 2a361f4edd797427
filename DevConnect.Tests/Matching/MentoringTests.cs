using Bunit;
using DevConnect.App.Components.Matching;
using DevConnect.Domain.Matching;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Safety;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Matching;

/// <summary>Juniors finding seniors who offer mentoring, asking them, and seniors seeing who asked (domain and bUnit).</summary>
public sealed class MentoringTests : DomainComponentContext
{
    private MentoringService Mentoring => Domain.Get<MentoringService>();

    private Task<string> MentorAsync(string name, string language, string timeZone, bool offers = true) =>
        MatchingSetup.MemberAsync(Domain, name, d => d with
        {
            Level = ExperienceLevel.Senior,
            OpenToMentoring = offers,
            TimeZone = timeZone,
            Skills = [new SkillDraft(language, SkillLevel.Expert)],
        });

    [Fact]
    public async Task A_junior_sees_seniors_offering_mentoring_in_their_languages_nearest_first_and_no_one_else()
    {
        var near = await MentorAsync("Nadia Near", "Rust", "Europe/Berlin");
        var far = await MentorAsync("Felix Far", "Go", "America/Los_Angeles");
        await MentorAsync("Cora Cobol", "COBOL", "Europe/Paris");
        await MentorAsync("Sam Silent", "Rust", "Europe/Paris", offers: false);
        var blocker = await MentorAsync("Bea Blocker", "Rust", "Europe/Paris");
        var me = await MatchingSetup.MemberAsync(Domain, "Jun Mentee", MatchingSetup.RustJunior);
        await Domain.Get<BlockService>().BlockAsync(blocker, me);

        var mentors = await Mentoring.MentorsAsync(me);

        Assert.Equal([near, far], mentors.Select(m => m.UserId));
        Assert.Equal(["Rust"], mentors[0].Shared);
        Assert.Equal(0, mentors[0].HoursApart);
    }

    [Fact]
    public async Task Asking_opens_a_conversation_with_a_clear_subject_and_the_mentor_sees_who_asked()
    {
        var mentor = await MentorAsync("Nadia Near", "Rust", "Europe/Berlin");
        var me = await MatchingSetup.MemberAsync(Domain, "Jun Mentee", MatchingSetup.RustJunior);

        var asked = await Mentoring.AskAsync(me, mentor);
        var again = await Mentoring.AskAsync(me, mentor);

        Assert.Equal(asked.Value, again.Value);
        var conversation = (await Domain.Get<MessagingService>().GetAsync(mentor, asked.Value))!;
        Assert.Equal("Mentoring in Rust for Jun Mentee", conversation.ProjectName);
        Assert.Null(conversation.ProjectId);
        Assert.Equal("Hello Nadia Near, I am looking for a mentor in Rust. Would you have some time to help me?", Assert.Single(conversation.Messages).Body);
        Assert.Equal("Jun Mentee", Assert.Single(await Mentoring.AskedAsync(mentor)).DisplayName);
        Assert.Equal("Jun Mentee asks you for mentoring in Rust", Assert.Single(await Domain.Get<NotificationService>().ListAsync(mentor)).Text);
        Assert.Contains(await Domain.Get<MessagingService>().InboxAsync(me), i => i.ProjectName == "Mentoring in Rust for Jun Mentee");
    }

    [Fact]
    public async Task Asking_someone_who_does_not_offer_mentoring_is_refused()
    {
        var silent = await MentorAsync("Sam Silent", "Rust", "Europe/Paris", offers: false);
        var me = await MatchingSetup.MemberAsync(Domain, "Jun Mentee", MatchingSetup.RustJunior);

        var result = await Mentoring.AskAsync(me, silent);

        Assert.Equal("This member does not offer mentoring.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task On_the_mentoring_page_a_junior_asks_a_mentor_and_lands_in_the_conversation()
    {
        await MentorAsync("Nadia Near", "Rust", "Europe/Athens");
        var me = await SignInAsync("Jun Reader");
        await MatchingSetup.SetProfileAsync(Domain, me, MatchingSetup.RustJunior);
        var page = Render<MentoringPage>();
        page.WaitForAssertion(() => Assert.Equal("Knows Rust · 1 h apart", page.Find("[data-mentor=nadia-near] [data-testid=mentor-reason]").TextContent));
        var landed = NextLocationAsync();

        page.Find("[data-mentor=nadia-near] [data-testid=ask-mentoring]").Click();

        Assert.Matches("/messages/[0-9]+$", await landed);
    }
}

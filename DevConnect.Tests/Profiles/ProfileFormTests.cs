using System.Text.Json;
using DevConnect.App.Components.Profiles;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.Tests.Profiles;

/// <summary>The editor's form and the domain's draft: one mapping each way, and the caller's draft left alone.</summary>
public sealed class ProfileFormTests
{
    private static readonly ProfileDraft _full = new()
    {
        DisplayName = "Ada Okafor",
        Handle = "ada",
        Headline = "Backend developer",
        Location = "Lagos, Nigeria",
        TimeZone = "Africa/Lagos",
        Bio = "I like **SQL**.",
        Level = ExperienceLevel.Senior,
        AvatarPath = "img/avatars/ada.svg",
        IsListedInDirectory = false,
        OpenToCollaborate = true,
        HoursPerWeek = 6,
        PreferredCommitment = Commitment.LongTerm,
        OpenToMentoring = true,
        LookingForMentor = true,
        Skills = [new SkillDraft("C#", SkillLevel.Expert)],
        Experiences = [new ExperienceDraft { Title = "Developer", Organisation = "Blue Harbour", Start = new DateOnly(2022, 3, 1), IsCurrent = true }],
        Education = [new EducationDraft { School = "University of Lagos", Degree = "BSc", Start = new DateOnly(2014, 9, 1), End = new DateOnly(2018, 6, 1) }],
        Links = [new LinkDraft(LinkKind.GitHub, "https://github.com/ada"), new LinkDraft(LinkKind.Website, "https://github.com/ada-site")],
    };

    [Fact]
    public void Every_field_of_a_draft_comes_back_unchanged_through_the_form()
    {
        var back = ProfileForm.From(_full).ToDraft();

        Assert.Equal(JsonSerializer.Serialize(_full), JsonSerializer.Serialize(back));
    }

    [Fact]
    public void Editing_the_form_leaves_the_draft_it_started_from_as_it_was()
    {
        var form = ProfileForm.From(_full);

        form.Draft.Headline = "Changed";
        form.Skills.Clear();

        Assert.Equal("Backend developer", _full.Headline);
        Assert.Single(_full.Skills);
        Assert.Equal("Changed", form.ToDraft().Headline);
    }

    [Fact]
    public void Skills_typed_in_the_box_are_added_once_under_their_usual_name()
    {
        var form = ProfileForm.From(_full);
        form.PendingSkills = "c#, rust, Rust, ";

        form.AddPendingSkills();

        Assert.Equal(["C#", "Rust"], form.ToDraft().Skills.Select(s => s.Tag));
        Assert.Equal("", form.PendingSkills);
    }

    [Fact]
    public void The_public_view_of_a_draft_carries_its_shared_fields_without_a_second_listing()
    {
        var view = PublicProfileView.FromDraft(_full, "user-1", new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal((_full.Headline, _full.Location, _full.TimeZone, _full.Bio, _full.Level, _full.AvatarPath),
            (view.Headline, view.Location, view.TimeZone, view.Bio, view.Level, view.AvatarPath));
        Assert.Equal((_full.HoursPerWeek, _full.PreferredCommitment, _full.OpenToMentoring, _full.LookingForMentor),
            (view.HoursPerWeek, view.PreferredCommitment, view.OpenToMentoring, view.LookingForMentor));
    }
}

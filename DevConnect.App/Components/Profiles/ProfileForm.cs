using System.Globalization;
using System.Text.Json;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.App.Components.Profiles;

/// <summary>The editor's mutable copy of a <see cref="ProfileDraft"/>; months are "yyyy-MM" strings as month inputs give them.</summary>
public sealed class ProfileForm
{
    public string? DisplayName { get; set; }

    public string? Handle { get; set; }

    public string? Headline { get; set; }

    public string? Location { get; set; }

    public string? TimeZone { get; set; }

    public string? Bio { get; set; }

    public ExperienceLevel Level { get; set; }

    public string? AvatarPath { get; set; }

    public bool IsListedInDirectory { get; set; } = true;

    public bool OpenToCollaborate { get; set; } = true;

    public int? HoursPerWeek { get; set; }

    public Commitment? PreferredCommitment { get; set; }

    public bool OpenToMentoring { get; set; }

    public bool LookingForMentor { get; set; }

    public List<SkillRow> Skills { get; } = [];

    public List<ExperienceRow> Experiences { get; } = [];

    public List<EducationRow> Education { get; } = [];

    public List<LinkRow> Links { get; } = [];

    /// <summary>Reorders an entry list (experience) the way the up and down buttons ask.</summary>
    public static void Move<T>(List<T> list, int from, int to)
    {
        var item = list[from];
        list.RemoveAt(from);
        list.Insert(to, item);
    }

    public sealed class SkillRow
    {
        public string Tag { get; set; } = "";

        public SkillLevel Level { get; set; } = SkillLevel.Comfortable;
    }

    public sealed class ExperienceRow
    {
        public string? Title { get; set; }

        public string? Organisation { get; set; }

        public string? Start { get; set; }

        public string? End { get; set; }

        public bool IsCurrent { get; set; }

        public string? Description { get; set; }
    }

    public sealed class EducationRow
    {
        public string? School { get; set; }

        public string? Degree { get; set; }

        public string? Field { get; set; }

        public string? Start { get; set; }

        public string? End { get; set; }
    }

    /// <summary>
    /// A link whose kind follows its address (github.com → GitHub) until the person picks a kind themselves; a new
    /// row starts as a website rather than "the next unused kind", which refused a pasted GitHub address.
    /// </summary>
    public sealed class LinkRow
    {
        private LinkKind _kind = LinkKind.Website;
        private string? _url;

        public bool KindChosen { get; private set; }

        public LinkKind Kind
        {
            get => _kind;
            set => (_kind, KindChosen) = (value, true);
        }

        public string? Url
        {
            get => _url;
            set
            {
                _url = value;
                if (!KindChosen && LinkKinds.Infer(value) is { } inferred)
                {
                    _kind = inferred;
                }
            }
        }

        /// <summary>A saved link: its kind stays as chosen unless it is the one its address says anyway.</summary>
        public static LinkRow Saved(LinkDraft link)
        {
            var row = new LinkRow { Url = link.Url };
            row._kind = link.Kind;
            row.KindChosen = LinkKinds.Infer(link.Url) != link.Kind;
            return row;
        }
    }

    public static ProfileForm From(ProfileDraft draft)
    {
        var form = new ProfileForm
        {
            DisplayName = draft.DisplayName,
            Handle = draft.Handle,
            Headline = draft.Headline,
            Location = draft.Location,
            TimeZone = draft.TimeZone,
            Bio = draft.Bio,
            Level = draft.Level,
            AvatarPath = draft.AvatarPath,
            IsListedInDirectory = draft.IsListedInDirectory,
            OpenToCollaborate = draft.OpenToCollaborate,
            HoursPerWeek = draft.HoursPerWeek,
            PreferredCommitment = draft.PreferredCommitment,
            OpenToMentoring = draft.OpenToMentoring,
            LookingForMentor = draft.LookingForMentor,
        };
        form.Skills.AddRange(draft.Skills.Select(s => new SkillRow { Tag = s.Tag, Level = s.Level }));
        form.Experiences.AddRange(draft.Experiences.Select(e => new ExperienceRow
        {
            Title = e.Title, Organisation = e.Organisation, Start = Month(e.Start), End = Month(e.End), IsCurrent = e.IsCurrent, Description = e.Description,
        }));
        form.Education.AddRange(draft.Education.Select(e => new EducationRow
        {
            School = e.School, Degree = e.Degree, Field = e.Field, Start = Month(e.Start), End = Month(e.End),
        }));
        form.Links.AddRange(draft.Links.Select(LinkRow.Saved));
        return form;
    }

    public ProfileDraft ToDraft() => new()
    {
        DisplayName = DisplayName,
        Handle = Handle,
        Headline = Headline,
        Location = Location,
        TimeZone = TimeZone,
        Bio = Bio,
        Level = Level,
        AvatarPath = AvatarPath,
        IsListedInDirectory = IsListedInDirectory,
        OpenToCollaborate = OpenToCollaborate,
        HoursPerWeek = HoursPerWeek,
        PreferredCommitment = PreferredCommitment,
        OpenToMentoring = OpenToMentoring,
        LookingForMentor = LookingForMentor,
        Skills = Skills.Where(s => !string.IsNullOrWhiteSpace(s.Tag)).Select(s => new SkillDraft(s.Tag, s.Level)).ToList(),
        Experiences = Experiences.Select(e => new ExperienceDraft
        {
            Title = e.Title, Organisation = e.Organisation, Start = ParseMonth(e.Start), End = ParseMonth(e.End), IsCurrent = e.IsCurrent, Description = e.Description,
        }).ToList(),
        Education = Education.Select(e => new EducationDraft
        {
            School = e.School, Degree = e.Degree, Field = e.Field, Start = ParseMonth(e.Start), End = ParseMonth(e.End),
        }).ToList(),
        Links = Links.Where(l => !string.IsNullOrWhiteSpace(l.Url)).Select(l => new LinkDraft(l.Kind, l.Url)).ToList(),
    };

    /// <summary>A stable fingerprint of what would be saved, to tell whether anything changed.</summary>
    public string Fingerprint() => JsonSerializer.Serialize(ToDraft());

    private static string? Month(DateOnly? date) => date?.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

using System.Globalization;
using System.Text.Json;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.App.Components.Profiles;

/// <summary>
/// The editor's working copy. Every single-valued field lives in <see cref="Draft"/>, which the editor binds to, so
/// the fields are declared once (in <see cref="ProfileFacts"/> and <see cref="ProfileDraft"/>); only the lists have
/// rows of their own, because month inputs give "yyyy-MM" text and a link row follows its address until a kind is
/// picked. <see cref="From"/> and <see cref="ToDraft"/> are the one mapping between the two.
/// </summary>
public sealed class ProfileForm
{
    /// <summary>The single-valued fields; its lists stay empty here, the rows below hold them.</summary>
    public ProfileDraft Draft { get; private set; } = new();

    /// <summary>What is typed in the add-a-skill box, added on Enter, on Add, or when the profile is saved.</summary>
    public string? PendingSkills { get; set; }

    public List<SkillRow> Skills { get; } = [];

    /// <summary>What is typed in the wants-to-learn box, added on Enter, on Add, or when the profile is saved.</summary>
    public string? PendingToLearn { get; set; }

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
        // A copy: the editor writes to its draft, and the caller's stays as it was.
        var form = new ProfileForm { Draft = draft with { Skills = [], Experiences = [], Education = [], Links = [] } };
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

    public ProfileDraft ToDraft() => Draft with
    {
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

    /// <summary>Adds each comma-separated skill typed in the box that is not listed yet, and empties the box.</summary>
    public void AddPendingSkills()
    {
        foreach (var part in (PendingSkills ?? "").Split(','))
        {
            AddSkill(part);
        }

        PendingSkills = "";
    }

    /// <summary>Adds a skill unless it is empty, not a tag, or already listed under any of its spellings.</summary>
    public void AddSkill(string text)
    {
        if (Tags.Normalize(text) is { } tag && !HasSkill(tag))
        {
            Skills.Add(new SkillRow { Tag = tag.Label });
        }
    }

    /// <summary>Adds each comma-separated tag typed in the wants-to-learn box that is not listed yet, and empties the box.</summary>
    public void AddPendingToLearn()
    {
        var labels = Draft.WantsToLearn.ToList();
        foreach (var tag in (PendingToLearn ?? "").Split(',').Select(Tags.Normalize).OfType<Tag>())
        {
            if (labels.All(l => Tags.Normalize(l)?.Key != tag.Key))
            {
                labels.Add(tag.Label);
            }
        }

        Draft.WantsToLearn = labels;
        PendingToLearn = "";
    }

    public void RemoveToLearn(string label) => Draft.WantsToLearn = Draft.WantsToLearn.Where(l => l != label).ToList();

    public bool HasSkill(Tag tag) => Skills.Any(s => Tags.Normalize(s.Tag)?.Key == tag.Key);

    /// <summary>A stable fingerprint of what would be saved, to tell whether anything changed.</summary>
    public string Fingerprint() => JsonSerializer.Serialize(ToDraft());

    private static string? Month(DateOnly? date) => date?.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Seeding;

/// <summary>Turns the demo people into full profiles: skills, availability, experiences, education, links.</summary>
internal static class DemoProfiles
{
    private static readonly Dictionary<string, string[]> _skills = new()
    {
        ["ada"] = ["C#", "PostgreSQL", "ASP.NET Core", "Blazor", "SQL"],
        ["lucas-martin"] = ["TypeScript", "React", "CSS", "HTML"],
        ["mei-tanaka"] = ["Rust", "C", "embedded", "wasm"],
        ["sofia-rossi"] = ["Python", "Airflow", "dbt", "SQL"],
        ["omar-haddad"] = ["Kotlin", "Swift", "Android", "iOS"],
        ["chloe-dubois"] = ["Go", "JavaScript", "Docker"],
        ["noah-schmidt"] = ["Go", "Kubernetes", "Terraform", "Shell"],
        ["priya-raman"] = ["C#", "Blazor", "accessibility", "TypeScript"],
        ["mateo-garcia"] = ["C++", "Godot", "GDScript"],
        ["amara-diallo"] = ["Java", "Spring Boot", "SQL"],
        ["lena-novak"] = ["Go", "security", "Python"],
        ["jonas-berg"] = ["Elixir", "Phoenix", "Erlang"],
        ["fatima-zahra"] = ["Svelte", "CSS", "Figma", "TypeScript"],
        ["ethan-walker"] = ["Python", "Django"],
        ["yuki-sato"] = ["Python", "PyTorch", "Rust"],
        ["gabriel-silva"] = ["PHP", "Laravel", "Vue"],
        ["hannah-cohen"] = ["Ruby", "Markdown", "docs"],
        ["kwame-mensah"] = ["JavaScript", "Node.js", "MongoDB"],
        ["ingrid-larsen"] = ["Scala", "Kafka", "Java"],
        ["arjun-patel"] = ["Kotlin", "Android", "Compose"],
        ["camille-laurent"] = ["TypeScript", "Playwright", "testing"],
        ["diego-fernandez"] = ["Haskell", "TypeScript", "F#"],
        ["elif-yilmaz"] = ["Angular", "TypeScript", "CSS"],
        ["tomasz-kowalski"] = ["C", "Zig", "Rust", "Assembly"],
        ["grace-kim"] = ["Ruby", "Rails"],
        ["samuel-okoye"] = ["F#", "C#", "Azure"],
        ["julia-svensson"] = ["Dart", "Flutter"],
        ["rafael-costa"] = ["R", "SQL", "Python"],
    };

    private static readonly string[] _companies = ["Northwind Labs", "Blue Harbour", "Kestrel Systems", "Open Field Co-op", "Lumen Health", "Tidewater", "Quarry Games", "Civic Code"];
    private static readonly string[] _schools = ["University of Lagos", "École 42", "Osaka University", "Politecnico di Milano", "TU Berlin", "Le Wagon bootcamp", "University of Nairobi", "Self-taught (freeCodeCamp)"];
    // Time zone by the country at the end of the person's location.
    private static readonly Dictionary<string, string> _zones = new()
    {
        ["Nigeria"] = "Africa/Lagos", ["France"] = "Europe/Paris", ["Japan"] = "Asia/Tokyo", ["Italy"] = "Europe/Rome",
        ["Jordan"] = "Asia/Amman", ["Belgium"] = "Europe/Brussels", ["Germany"] = "Europe/Berlin", ["India"] = "Asia/Kolkata",
        ["Spain"] = "Europe/Madrid", ["Senegal"] = "Africa/Dakar", ["Slovenia"] = "Europe/Ljubljana", ["Norway"] = "Europe/Oslo",
        ["Morocco"] = "Africa/Casablanca", ["United Kingdom"] = "Europe/London", ["Brazil"] = "America/Recife", ["Israel"] = "Asia/Jerusalem",
        ["Ghana"] = "Africa/Accra", ["Denmark"] = "Europe/Copenhagen", ["Canada"] = "America/Toronto", ["Argentina"] = "America/Argentina/Buenos_Aires",
        ["Türkiye"] = "Europe/Istanbul", ["Poland"] = "Europe/Warsaw", ["South Korea"] = "Asia/Seoul", ["Kenya"] = "Africa/Nairobi",
        ["Sweden"] = "Europe/Stockholm", ["Portugal"] = "Europe/Lisbon",
    };

    internal static ProfileDraft DraftFor(DemoPeople.Person person, int index, DateOnly today)
    {
        var skills = _skills.TryGetValue(person.Handle, out var list) ? list : ["JavaScript"];
        var senior = person.Level >= ExperienceLevel.Senior;
        var junior = person.Level == ExperienceLevel.Junior;
        var experiences = new List<ExperienceDraft>();
        var jobs = junior ? 1 : senior ? 3 : 2;
        var end = (DateOnly?)null;
        var start = today.AddMonths(-(8 + index % 12));
        for (var j = 0; j < jobs; j++)
        {
            var first = new DateOnly(start.Year, start.Month, 1);
            experiences.Add(new ExperienceDraft
            {
                Title = junior ? (j == 0 ? "Junior developer (first job)" : "Intern") : j == 0 ? (person.Level == ExperienceLevel.Lead ? "Tech lead" : "Senior developer") : "Software developer",
                Organisation = _companies[(index + j) % _companies.Length],
                Start = first,
                End = end,
                IsCurrent = end is null,
                Description = j == 0 ? $"Working mostly with {string.Join(" and ", skills.Take(2))}. Pairing and code review every day." : "Shipped features end to end and looked after the build.",
            });
            end = first.AddMonths(-1);
            start = first.AddMonths(-(18 + (index + j) % 20));
        }

        return new ProfileDraft
        {
            DisplayName = person.DisplayName,
            Handle = person.Handle,
            Headline = person.Headline,
            Location = person.Location,
            TimeZone = _zones.GetValueOrDefault(person.Location.Split(", ")[^1]),
            Bio = $"""
                Hi, I'm {person.DisplayName.Split(' ')[0]}. {person.Headline}.

                **What I enjoy:** {string.Join(", ", skills)}.
                {(junior ? "I'm looking for a team where I can learn through reviews and pair programming." : "I like helping people get their first pull request merged.")}
                """,
            Level = person.Level,
            AvatarPath = $"img/avatars/{person.Handle}.svg",
            OpenToCollaborate = index % 5 != 4,
            HoursPerWeek = 3 + index * 7 % 15,
            PreferredCommitment = (index % 3) switch { 0 => Commitment.LongTerm, 1 => Commitment.ShortTerm, _ => null },
            OpenToMentoring = senior && index % 2 == 0 || person.Level == ExperienceLevel.Lead,
            LookingForMentor = junior,
            Skills = skills.Select((s, i) => new SkillDraft(s, i == 0 && !junior ? SkillLevel.Expert : junior ? SkillLevel.Learning : SkillLevel.Comfortable)).ToList(),
            Experiences = experiences,
            Education = [new EducationDraft
            {
                School = _schools[index % _schools.Length],
                Degree = junior ? "Certificate" : "Bachelor",
                Field = "Computer science",
                Start = new DateOnly(today.Year - (junior ? 2 : 12) - index % 4, 9, 1),
                End = new DateOnly(today.Year - (junior ? 1 : 9) - index % 4, 6, 1),
            }],
            Links =
            [
                new LinkDraft(LinkKind.GitHub, $"https://github.com/{person.Handle}"),
                new LinkDraft(LinkKind.LinkedIn, $"https://www.linkedin.com/in/{person.Handle}"),
                .. index % 3 == 0 ? [new LinkDraft(LinkKind.Website, $"https://{person.Handle}.dev")] : Array.Empty<LinkDraft>(),
                .. index % 4 == 1 ? [new LinkDraft(LinkKind.Mastodon, $"https://mastodon.social/@{person.Handle.Replace('-', '_')}")] : Array.Empty<LinkDraft>(),
            ],
        };
    }
}

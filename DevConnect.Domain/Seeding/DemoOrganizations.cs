using DevConnect.Domain.Organizations;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.TeamRecord;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Seeding;

/// <summary>
/// Four demo organizations (two verified) with their people and projects posted under their names, kudos between demo
/// teammates, two juniors open to opportunities.
/// </summary>
internal static class DemoOrganizations
{
    private sealed record Entry(string Name, string Handle, string Website, string[] Tech, string[] Locations, bool Verified, string Admin, string[] Members, string About);

    private static readonly Entry[] _all =
    [
        new("Nordlight Labs", "nordlight", "https://nordlight.example", ["Rust", "Go"], ["Lyon", "Remote"], true, "tomasz-kowalski", ["mei-tanaka"],
            "We build **offline-first tools** for people at sea and in the mountains. Juniors pair with a senior on every project."),
        new("Pantry Collective", "pantry-collective", "https://pantry.example", ["C#", "TypeScript"], ["Montréal"], true, "ada", ["camille-laurent"],
            "An association of food banks. We sponsor **Open Pantry** and mentor the volunteers who build it."),
        new("Kitebyte", "kitebyte", "https://kitebyte.example", ["Kotlin", "Swift"], ["Berlin"], false, "kwame-mensah", [],
            "A small studio making mobile apps for schools."),
        new("Green Bits", "green-bits", "https://greenbits.example", ["Python"], ["Remote"], false, "ethan-walker", ["grace-kim"],
            "A cooperative measuring the energy use of software, one pull request at a time."),
    ];

    public static async Task SeedAsync(DevConnectDbContext db, Dictionary<string, string> users, DateTime now, CancellationToken ct)
    {
        foreach (var entry in _all)
        {
            var (valid, errors) = OrganizationRules.Validate(new OrganizationDraft
            {
                Name = entry.Name, Handle = entry.Handle, Website = entry.Website, Tech = entry.Tech, Locations = entry.Locations, Description = entry.About,
            });
            if (valid is null)
            {
                throw new InvalidOperationException($"Demo organization {entry.Name} is invalid: {string.Join(", ", errors.Select(e => e.Message))}");
            }

            var organization = Organization.Create(users[entry.Admin], valid, now.AddDays(-30));
            foreach (var member in entry.Members)
            {
                organization.AddMember(users[member], now.AddDays(-20));
            }

            if (entry.Verified)
            {
                organization.MarkVerified(new Uri(entry.Website).Host, now.AddDays(-25));
            }

            db.Organizations.Add(organization);
        }

        // Teammates on Open Pantry (Ada owns it, Camille was accepted) and Tide Tables (Mei owns it, Chloé was accepted).
        var projects = await db.Projects.Where(p => p.Name == "Open Pantry" || p.Name == "Tide Tables").ToDictionaryAsync(p => p.Name, p => p.Id, ct);
        (string Author, string Recipient, string Project, string Text, bool Accepted)[] kudos =
        [
            ("ada", "camille-laurent", "Open Pantry", "Set up our end-to-end tests in her first week and taught the whole team to write them.", true),
            ("camille-laurent", "ada", "Open Pantry", "The most patient code reviewer I have met: every comment explains the why.", true),
            ("mei-tanaka", "chloe-dubois", "Tide Tables", "Learned Rust on the job and shipped the offline tide charts in a month.", true),
            ("chloe-dubois", "mei-tanaka", "Tide Tables", "Pairs with juniors every week and makes hard problems feel approachable.", false),
        ];
        foreach (var (author, recipient, project, text, accepted) in kudos)
        {
            var written = Kudos.Write(users[author], users[recipient], projects[project], text, now.AddDays(-2));
            if (accepted)
            {
                written.Decide(accept: true, now.AddDays(-1));
            }

            db.Add(written);
        }

        // Two juniors are open to verified organizations; the rest keep the default (off).
        foreach (var handle in new[] { "chloe-dubois", "camille-laurent" })
        {
            var consent = OpportunityConsent.For(users[handle]);
            consent.Set(isOpen: true, OpportunityVisibility.VerifiedOrganizations, now.AddDays(-3));
            db.Add(consent);
        }

        await db.SaveChangesAsync(ct);
        await PostProjectsAsync(db, ct);
    }

    /// <summary>Four demo projects posted under an organization's name, each by one of its members (two verified, two not).</summary>
    private static async Task PostProjectsAsync(DevConnectDbContext db, CancellationToken ct)
    {
        (string Project, string Organization)[] posted =
        [
            ("Open Pantry", "pantry-collective"), ("Tide Tables", "nordlight"), ("Compiler Course Companion", "nordlight"), ("Community Radio", "kitebyte"),
        ];
        var organizations = await db.Organizations.ToDictionaryAsync(o => o.Handle, o => o.Id, ct);
        foreach (var (name, handle) in posted)
        {
            (await db.Projects.SingleAsync(p => p.Name == name, ct)).PostUnder(organizations[handle]);
        }

        await db.SaveChangesAsync(ct);
    }
}

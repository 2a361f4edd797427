using DevConnect.Domain.Messaging;
using DevConnect.Domain.Opportunities;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Seeding;

/// <summary>Five opportunities from the two verified demo organizations, and one junior's pending application with its conversation.</summary>
internal static class DemoOpportunities
{
    public static async Task SeedAsync(DevConnectDbContext db, Dictionary<string, string> users, DateTime now, CancellationToken ct)
    {
        var organizations = await db.Organizations.ToDictionaryAsync(o => o.Handle, o => o.Id, ct);
        var tideTables = await db.Projects.Where(p => p.Name == "Tide Tables").Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        (string Organization, string Admin, int DaysAgo, OpportunityDraft Draft)[] all =
        [
            ("nordlight", "tomasz-kowalski", 6, new()
            {
                Type = OpportunityType.Internship, Title = "Rust internship: offline maps for hikers", Level = ExperienceLevel.Junior, Location = "Lyon", IsRemote = true,
                Skills = ["Rust", "Go"], SalaryMin = 1100, SalaryMax = 1300, Currency = "EUR", SalaryPeriod = SalaryPeriod.Month,
                Description = "Six months with our maps team. You will **pair with a senior every day**, ship a feature to real hikers, and learn how we test offline sync.\n\n- Some Rust (or a strong wish to learn it)\n- Curiosity about maps and GPS",
            }),
            ("nordlight", "tomasz-kowalski", 3, new()
            {
                Type = OpportunityType.JuniorPosition, Title = "Junior Go developer", Level = ExperienceLevel.Junior, Location = "Lyon",
                Skills = ["Go", "Docker", "PostgreSQL"], SalaryMin = 38000, SalaryMax = 44000, Currency = "EUR", SalaryPeriod = SalaryPeriod.Year,
                Description = "Join the team behind our sync servers. A DevConnect team record counts as experience here: tell us what you built and with whom.",
            }),
            ("nordlight", "tomasz-kowalski", 1, new()
            {
                Type = OpportunityType.PaidContribution, Title = "Paid contribution: tide data import for Tide Tables", Level = ExperienceLevel.Intermediate, IsRemote = true,
                Skills = ["Rust"], SalaryMin = 300, SalaryMax = 380, Currency = "EUR", SalaryPeriod = SalaryPeriod.Day, ProjectId = tideTables,
                Description = "We sponsor **Tide Tables** and pay for a contributor to write its importer for harbour data (about ten days of work).",
            }),
            ("pantry-collective", "ada", 4, new()
            {
                Type = OpportunityType.JuniorPosition, Title = "Junior full-stack developer (C# and TypeScript)", Level = ExperienceLevel.Junior, Location = "Montréal", IsRemote = true,
                Skills = ["C#", "TypeScript", "Blazor"], SalaryMin = 55000, SalaryMax = 62000, Currency = "CAD", SalaryPeriod = SalaryPeriod.Year,
                Description = "Build the tools our food banks use every day. Mentoring is part of the job: one afternoon a week with a senior.",
            }),
            ("pantry-collective", "ada", 2, new()
            {
                Type = OpportunityType.FreelanceMission, Title = "Freelance mission: accessibility audit of Open Pantry", Level = ExperienceLevel.Senior, IsRemote = true,
                Skills = ["TypeScript", "Accessibility"],
                Description = "Two weeks to audit Open Pantry against WCAG 2.2 and pair with the volunteers on the fixes.",
            }),
        ];
        var published = new List<Opportunity>();
        foreach (var (organization, admin, daysAgo, draft) in all)
        {
            var (valid, errors) = OpportunityRules.Validate(draft);
            if (valid is null)
            {
                throw new InvalidOperationException($"Demo opportunity {draft.Title} is invalid: {string.Join(", ", errors.Select(e => e.Message))}");
            }

            var opportunity = Opportunity.Publish(organizations[organization], users[admin], valid, now.AddDays(-daysAgo));
            db.Add(opportunity);
            published.Add(opportunity);
        }

        await db.SaveChangesAsync(ct);

        // Chloé, a junior open to opportunities, applied to the internship; Tomasz has not answered yet.
        var internship = published[0];
        var message = "Hello! I learned Rust on Tide Tables (offline tide charts) and would love to work on maps with your team.";
        var application = OpportunityApplication.Submit(internship.Id, users["chloe-dubois"], message, now.AddHours(-20));
        var conversation = Conversation.ForOpportunity(internship.OrganizationId, internship.Title, users["chloe-dubois"], users["tomasz-kowalski"], now.AddHours(-20));
        db.Add(application);
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(ct);
        db.Messages.Add(conversation.Post(users["chloe-dubois"], message, now.AddHours(-20)).Value!);
        application.ConversationId = conversation.Id;
        await db.SaveChangesAsync(ct);
    }
}

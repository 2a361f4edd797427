using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Seeding;

/// <summary>Fills an empty database with a demo community so a fresh clone looks alive.</summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    IPasswordHasher<DevConnectUser> hasher,
    ILookupNormalizer normalizer,
    IProjectSearch projectSearch,
    IPeopleSearch peopleSearch,
    SharedPeopleReads sharedPeople,
    Moderation.ModeratorDirectory moderators,
    ProjectChangeVersion projectVersion,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    /// <summary>Every demo account shares this password; it is printed in the README, never used in production.</summary>
    public const string DemoPassword = "devconnect-demo";

    public const string DemoEmailDomain = "demo.devconnect.local";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        // PBKDF2 is slow on purpose: hash the shared demo password once, not 28 times.
        var template = new DevConnectUser();
        var passwordHash = hasher.HashPassword(template, DemoPassword);
        var now = clock.GetUtcNow().UtcDateTime;

        for (var i = 0; i < DemoPeople.All.Length; i++)
        {
            var person = DemoPeople.All[i];
            var email = $"{person.Handle}@{DemoEmailDomain}";
            var joined = now.AddDays(-(DemoPeople.All.Length - i) * 3);
            var profile = DeveloperProfile.Create(person.DisplayName, person.Handle, joined);
            var draft = DemoProfiles.DraftFor(person, i, DateOnly.FromDateTime(now));
            var problems = ProfileRules.Validate(draft, DateOnly.FromDateTime(now));
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"Demo profile {person.Handle} is invalid: {string.Join(", ", problems.Select(e => $"{e.Field} {e.Message}"))}");
            }

            profile.Apply(draft, joined);
            db.Users.Add(DemoAccounts.Create(email, passwordHash, normalizer, joined, profile));
        }

        await db.SaveChangesAsync(ct);
        foreach (var profile in await db.Profiles.Include(p => p.Skills).ToListAsync(ct))
        {
            await peopleSearch.IndexAsync(db, profile, ct);
        }

        var projects = await SeedProjectsAsync(db, now, ct);
        await DemoOrganizations.SeedAsync(db, await db.Profiles.ToDictionaryAsync(p => p.Handle, p => p.UserId, ct), now, ct);
        await DemoOpportunities.SeedAsync(db, await db.Profiles.ToDictionaryAsync(p => p.Handle, p => p.UserId, ct), now, ct);
        await DemoModeration.SeedAsync(db, passwordHash, normalizer, now, ct);
        // Seeding publishes no events, and a page may have been served while it ran: the shared reads start over.
        sharedPeople.Forget();
        moderators.Forget();
        projectVersion.Advance();
        logger.LogInformation("Seeded {Users} demo users and {Projects} projects", DemoPeople.All.Length, projects);
    }

    private async Task<int> SeedProjectsAsync(DevConnectDbContext db, DateTime now, CancellationToken ct)
    {
        var owners = await db.Profiles.ToDictionaryAsync(p => p.Handle, p => p.UserId, ct);
        var created = new List<Project>();
        for (var i = 0; i < DemoProjects.All.Length; i++)
        {
            var entry = DemoProjects.All[i];
            var draft = new ProjectDraft
            {
                Name = entry.Name,
                Summary = entry.Summary,
                Description = Describe(entry),
                GitHubUrl = entry.GitHub is null ? null : $"https://github.com/{entry.GitHub}",
                Tags = entry.Tags,
                Status = entry.Status,
                Commitment = entry.Commitment,
                IsJuniorFriendly = entry.JuniorFriendly,
                Roles = entry.Roles.Select(r => new RoleDraft(r.TrimEnd('*'), r.EndsWith('*'))).ToList(),
                Images = Images(entry, i),
            };
            var (valid, errors) = ProjectRules.Validate(draft);
            if (valid is null)
            {
                throw new InvalidOperationException($"Demo project {entry.Name} is invalid: {string.Join(", ", errors.Select(e => e.Message))}");
            }

            // Oldest first, a day and a half apart, so "newest" and "recently updated" differ.
            var posted = now.AddHours(-36 * (DemoProjects.All.Length - i));
            var project = Project.Create(owners[entry.Owner], valid, posted);
            project.Apply(valid, posted.AddHours(i * 7 % 60));
            created.Add(project);
            db.Projects.Add(project);
        }

        await db.SaveChangesAsync(ct);
        foreach (var project in created)
        {
            await projectSearch.IndexAsync(db, project, ct);
        }

        SeedGitHubSnapshots(db, created, now);
        SeedGitHubUsers(db, created, owners, now);
        await db.SaveChangesAsync(ct);
        await ProjectGitHubFacts.CopyForAllAsync(db, ct);
        await SeedApplicationsAsync(db, created, owners, now, ct);
        return created.Count;
    }

    /// <summary>Applications in every state, each with its conversation, so both dashboards have something to show.</summary>
    private static async Task SeedApplicationsAsync(DevConnectDbContext db, List<Project> projects, Dictionary<string, string> owners, DateTime now, CancellationToken ct)
    {
        (string Project, string Applicant, string Role, Applications.ApplicationStatus Status, string Message)[] demo =
        [
            ("Open Pantry", "lucas-martin", "frontend", Applications.ApplicationStatus.Pending, "Hi Ada! I am learning React and Blazor looks fun. I could help with the volunteer schedule screens."),
            ("Open Pantry", "amara-diallo", "backend", Applications.ApplicationStatus.Pending, "I have done a Spring Boot course and would like to learn C#. Stock tracking sounds like a great first backend task."),
            ("Open Pantry", "camille-laurent", "testing", Applications.ApplicationStatus.Accepted, "I write Playwright tests for a living and would love to set up end-to-end tests for the pantry."),
            ("Tide Tables", "chloe-dubois", "frontend", Applications.ApplicationStatus.Accepted, "I sail on weekends and want to learn Rust through a real project. Happy to start with the Svelte front end."),
            ("Tide Tables", "ethan-walker", "backend", Applications.ApplicationStatus.Declined, "Python developer here, keen to try Rust for the prediction engine."),
            ("StudyBuddy", "kwame-mensah", "mobile", Applications.ApplicationStatus.Withdrawn, "I would like to help with the Android app, though my Kotlin is very new."),
            ("Plant Pal", "grace-kim", "backend", Applications.ApplicationStatus.Expired, "Rails is my thing but I am curious about Node; I could build the reminders API."),
            ("Shelter Match", "rafael-costa", "frontend", Applications.ApplicationStatus.Pending, "I love animals and want to practise Vue on something that matters."),
        ];
        var lifetime = TimeSpan.FromDays(21);
        foreach (var (projectName, handle, role, status, message) in demo)
        {
            var project = projects.Single(p => p.Name == projectName);
            var applicantId = owners[handle];
            var sent = status == Applications.ApplicationStatus.Expired ? now.AddDays(-25) : now.AddDays(-3).AddHours(-demo.Length);
            var application = Applications.ProjectApplication.Submit(project.Id, applicantId, role, message, sent, lifetime);
            _ = status switch
            {
                Applications.ApplicationStatus.Accepted => application.Accept(project.OwnerId, "Welcome aboard! Let's pair this week.", sent.AddDays(1)),
                Applications.ApplicationStatus.Declined => application.Decline(project.OwnerId, "Thanks! We need someone with more Rust experience for now.", sent.AddDays(1)),
                Applications.ApplicationStatus.Withdrawn => application.Withdraw(applicantId, sent.AddDays(1)),
                Applications.ApplicationStatus.Expired => application.Expire(now),
                _ => null,
            };
            db.Applications.Add(application);
            if (status == Applications.ApplicationStatus.Accepted)
            {
                db.TeamMembers.Add(new Applications.TeamMember(project.Id, applicantId, role, sent.AddDays(1)));
                var team = db.Conversations.Local.SingleOrDefault(c => c.ProjectId == project.Id && c.Kind == Messaging.ConversationKind.Team);
                if (team is null)
                {
                    team = Messaging.Conversation.ForTeam(project.Id, project.OwnerId, sent);
                    db.Conversations.Add(team);
                }

                team.Join(applicantId, sent);
            }

            await db.SaveChangesAsync(ct);
            // The demo owners have read their applications: the pending ones wait in the dashboard, not as unread messages.
            var conversation = Messaging.Conversation.ForApplication(project.Id, application.Id, applicantId, project.OwnerId, sent);
            conversation.MarkRead(project.OwnerId, sent);
            db.Conversations.Add(conversation);
            await db.SaveChangesAsync(ct);
            db.Messages.Add(conversation.Post(applicantId, message, sent).Value!);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Stored GitHub accounts for the demo people (their GitHub link is github.com/{handle}); no avatar URL, since there is no internet.</summary>
    private static void SeedGitHubUsers(DevConnectDbContext db, List<Project> projects, Dictionary<string, string> owners, DateTime now)
    {
        foreach (var (handle, userId) in owners)
        {
            var repos = projects.Where(p => p.OwnerId == userId)
                .Select((p, i) => new GitHub.GitHubRepoSummary(
                    p.GitHubRepo ?? p.Slug, p.Summary, p.Tags.Select(t => Tags.FromKey(t.Tag)).FirstOrDefault(t => t.IsLanguage)?.Label,
                    (handle.Length * 37 + i * 11) % 300, $"https://github.com/{handle}/{p.GitHubRepo ?? p.Slug}"))
                .Append(new GitHub.GitHubRepoSummary("dotfiles", "My editor and shell setup", "Shell", handle.Length % 9, $"https://github.com/{handle}/dotfiles"))
                .OrderByDescending(r => r.Stars)
                .Take(6)
                .ToList();
            db.GitHubUsers.Add(new GitHub.GitHubUserSnapshot
            {
                Login = handle,
                PublicRepos = repos.Count + handle.Length % 12,
                TopReposJson = System.Text.Json.JsonSerializer.Serialize(repos),
                FetchedAtUtc = now.AddHours(-2),
                NextRefreshAtUtc = now.AddHours(6),
            });
        }
    }

    /// <summary>
    /// Plausible stored GitHub data for the demo repositories (a fresh machine has no internet), marked fetched a
    /// few hours ago and not due before the normal refresh interval. Deterministic per repository name.
    /// </summary>
    private static void SeedGitHubSnapshots(DevConnectDbContext db, List<Project> projects, DateTime now)
    {
        foreach (var project in projects.Where(p => p.GitHubOwner is not null))
        {
            var key = GitHub.GitHubKeys.KeyOf(project.GitHubOwner!, project.GitHubRepo!);
            var seed = key.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & 0x7fffffff;
            var inactive = project.Status == ProjectStatus.Completed && seed % 2 == 0;
            var languages = project.Tags.Select(t => Tags.FromKey(t.Tag)).Where(t => t.IsLanguage).ToList();
            db.GitHubRepos.Add(new GitHub.GitHubRepoSnapshot
            {
                Key = key,
                FullName = $"{project.GitHubOwner}/{project.GitHubRepo}",
                Description = project.Summary,
                Stars = 3 + seed % 480,
                Forks = seed % 37,
                Watchers = 2 + seed % 21,
                OpenIssues = 4 + seed % 30,
                GoodFirstIssues = project.IsJuniorFriendly ? 2 + seed % 6 : seed % 2,
                HelpWanted = seed % 5,
                Topics = string.Join(' ', project.Tags.Select(t => t.Tag).Take(4)),
                License = (seed % 3) switch { 0 => "MIT", 1 => "Apache-2.0", _ => "GPL-3.0" },
                DefaultBranch = "main",
                Archived = inactive && seed % 4 == 0,
                PushedAtUtc = inactive ? now.AddMonths(-14).AddDays(-(seed % 40)) : now.AddDays(-(seed % 20)).AddHours(-(seed % 13)),
                FetchedAtUtc = now.AddHours(-(1 + seed % 5)),
                NextRefreshAtUtc = now.AddHours(6),
                Languages = languages.Select((l, i) => new GitHub.GitHubRepoLanguage
                {
                    Name = l.Label,
                    Tag = l.Key,
                    Bytes = (long)(200_000 * Math.Pow(0.35, i)) + seed % 5000,
                }).ToList(),
            });
        }
    }

    private static List<string> Images(DemoProjects.Entry entry, int index)
    {
        string[] covers = ["rust", "go", "csharp", "python", "typescript", "javascript", "java", "kotlin", "swift", "ruby", "php", "elixir",
            "cpp", "dart", "haskell", "zig", "scala", "r", "fsharp", "c"];
        var language = entry.Tags.Select(t => Tags.Normalize(t)!.Key).FirstOrDefault(covers.Contains) ?? "c";
        var images = new List<string> { $"{ProjectImage.AssetPrefix}img/projects/cover-{language}.svg" };
        if (index % 3 == 0)
        {
            images.Add($"{ProjectImage.AssetPrefix}img/projects/board-{index % 3 + 1 + index % 2}.svg");
        }

        if (index % 4 == 1)
        {
            images.Add($"{ProjectImage.AssetPrefix}img/projects/terminal-{index % 3 + 1}.svg");
        }

        return images;
    }

    private static string Describe(DemoProjects.Entry entry)
    {
        var roles = string.Join('\n', entry.Roles.Select(r => r.EndsWith('*') ? $"- **{r.TrimEnd('*')}** (junior friendly: we pair you with someone)" : $"- **{r}**"));
        var stage = entry.Status switch
        {
            ProjectStatus.Idea => "We are at the idea stage: the first weeks are about deciding what to build together.",
            ProjectStatus.Recruiting => "We are forming the team now and plan to start within a couple of weeks.",
            ProjectStatus.InProgress => "Work is under way: there is a board of open tasks and a weekly call.",
            _ => "The first version is done; we keep it alive and welcome small improvements.",
        };
        return $"""
            ## What we are building

            {entry.Summary}. {stage}

            ## Who we are looking for

            {roles}

            ## How we work

            - A short weekly video call (45 minutes), the rest asynchronous in issues and pull requests.
            - Every pull request gets a review within two days; reviews are where most of the learning happens.
            - {(entry.JuniorFriendly ? "First-time contributors are welcome: start with an issue labelled *good first issue*." : "Some experience with the stack helps; we still explain our decisions in writing.")}
            """;
    }
}

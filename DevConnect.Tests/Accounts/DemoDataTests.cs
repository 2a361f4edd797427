using DevConnect.Domain.Accounts;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Seeding;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace DevConnect.Tests.Accounts;

public sealed class DemoDataTests
{
    [Fact]
    public async Task The_demo_community_has_at_least_25_people_with_avatars_that_exist()
    {
        await using var domain = await DomainHarness.StartAsync(seedDemoData: true);

        var people = await domain.Get<ProfileService>().ListNewestAsync(100, TestContext.Current.CancellationToken);

        Assert.True(people.Count >= 25, $"only {people.Count} demo profiles");
        Assert.Equal(people.Count, people.Select(p => p.Handle).Distinct().Count());
        Assert.Contains(people, p => p.Level == ExperienceLevel.Junior);
        Assert.Contains(people, p => p.Level == ExperienceLevel.Lead);
        Assert.All(people, p => Assert.True(File.Exists(RepoPaths.Combine("wwwroot-assets", p.AvatarPath!)), p.AvatarPath));
    }

    [Fact]
    public async Task A_demo_user_can_sign_in_with_the_password_in_the_readme()
    {
        await using var domain = await DomainHarness.StartAsync(seedDemoData: true);

        var ok = await domain.InScopeAsync<UserManager<DevConnectUser>, bool>(async users =>
            await users.CheckPasswordAsync((await users.FindByEmailAsync("ada@" + DemoDataSeeder.DemoEmailDomain))!, DemoDataSeeder.DemoPassword));

        Assert.True(ok);
        Assert.Contains(DemoDataSeeder.DemoPassword, await File.ReadAllTextAsync(RepoPaths.Combine("README.md"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Seeding_twice_adds_nobody()
    {
        await using var domain = await DomainHarness.StartAsync(seedDemoData: true);
        var before = await domain.Get<ProfileService>().CountListedAsync(TestContext.Current.CancellationToken);

        await domain.Get<DemoDataSeeder>().SeedAsync(TestContext.Current.CancellationToken);

        Assert.Equal(before, await domain.Get<ProfileService>().CountListedAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class DemoProjectsTests
{
    [Fact]
    public async Task About_sixty_demo_projects_span_at_least_twelve_languages_with_images_that_exist()
    {
        await using var domain = await DomainHarness.StartAsync(seedDemoData: true);
        var projects = domain.Get<DevConnect.Domain.Projects.ProjectService>();

        var all = await projects.SearchAsync(new DevConnect.Domain.Projects.ProjectQuery { PageSize = 48 });
        var everything = all.Items.Concat((await projects.SearchAsync(new DevConnect.Domain.Projects.ProjectQuery { PageSize = 48, Page = 2 })).Items).ToList();

        Assert.InRange(all.Total, 55, 70);
        Assert.True(all.Languages.Count(l => l.Tag.IsLanguage) >= 12, $"only {all.Languages.Count} languages");
        Assert.Equal(4, everything.Select(p => p.Status).Distinct().Count());
        // Demo repositories carry stored GitHub data, a few of them stale enough to be flagged and hidden on request.
        Assert.Contains(everything, p => p.Stars > 0);
        var inactive = everything.Count(p => p.MayBeInactive);
        Assert.InRange(inactive, 1, 10);
        Assert.Equal(all.Total - inactive, (await projects.SearchAsync(new DevConnect.Domain.Projects.ProjectQuery { HideInactive = true })).Total);
        Assert.All(everything, p =>
        {
            Assert.StartsWith(DevConnect.Domain.Projects.ProjectImage.AssetPrefix, p.CoverKey!, StringComparison.Ordinal);
            Assert.True(File.Exists(RepoPaths.Combine("wwwroot-assets", p.CoverKey![DevConnect.Domain.Projects.ProjectImage.AssetPrefix.Length..])), p.CoverKey);
        });
    }
}

public sealed class DemoApplicationsTests
{
    [Fact]
    public async Task The_demo_data_shows_applications_in_every_state_each_with_its_conversation()
    {
        await using var domain = await DomainHarness.StartAsync(seedDemoData: true);
        var applications = domain.Get<DevConnect.Domain.Applications.ApplicationService>();
        var owners = await domain.Get<ProfileService>().ListNewestAsync(100);

        var all = new List<DevConnect.Domain.Applications.ApplicationView>();
        foreach (var handle in owners.Select(o => o.Handle))
        {
            var userId = (await domain.InScopeAsync<UserManager<DevConnectUser>, DevConnectUser?>(users => users.FindByEmailAsync($"{handle}@{DemoDataSeeder.DemoEmailDomain}")))!.Id;
            all.AddRange(await applications.ListForApplicantAsync(userId));
        }

        Assert.Equal(Enum.GetValues<DevConnect.Domain.Applications.ApplicationStatus>().Order(), all.Select(a => a.Status).Distinct().Order());
        Assert.All(all, a => Assert.NotNull(a.ConversationId));
    }
}

using Bunit;
using DevConnect.App.Components.Applications;
using DevConnect.App.Components.Projects;
using DevConnect.App.Resources;
using DevConnect.Domain.Applications;
using DevConnect.Domain.Profiles;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor.Services;

namespace DevConnect.Tests.Applications;

/// <summary>A role reads the same on a chip, in "Roles wanted", on the team card and on an application card.</summary>
public sealed class RoleLabelTests : BunitContext
{
    public RoleLabelTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
    }

    private IStringLocalizer L => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    internal static ApplicationView Application(string role) => new(
        1, 2, "Open Pantry", "open-pantry",
        new ApplicantSummary("u1", "Lucas Martin", "lucas-martin", null, null, ExperienceLevel.Junior, []),
        role, "I would like to help with this.", ApplicationStatus.Pending, null,
        new DateTime(2026, 11, 30, 14, 11, 0, DateTimeKind.Utc), null, new DateTime(2026, 12, 21, 14, 11, 0, DateTimeKind.Utc), Guid.NewGuid());

    [Fact]
    public void Stored_lowercase_roles_are_shown_capitalized_or_translated_in_one_form()
    {
        Assert.Equal("Frontend", RoleLabel.For(L, "frontend"));
        Assert.Equal("Game design", RoleLabel.For(L, "game design"));
        Assert.Equal("Other", RoleLabel.For(L, ProjectApplication.OtherRole));
        using var inFrench = new CultureScope("fr");
        Assert.Equal("Front-end", RoleLabel.For(L, "frontend"));
        Assert.Equal("Autre", RoleLabel.For(L, ProjectApplication.OtherRole));
    }

    [Fact]
    public void An_application_card_shows_the_role_as_roles_wanted_does()
    {
        var card = Render<ApplicationCard>(p => p.Add(c => c.Application, Application("frontend")).Add(c => c.ForOwner, true));

        Assert.Equal("Frontend", card.Find("[data-testid=application-role]").TextContent);
    }
}

using Bunit;
using Bunit.TestDoubles;
using DevConnect.App.Components.Applications;
using DevConnect.Domain.Applications;
using DevConnect.Domain.Live;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DevConnect.Tests.Applications;

/// <summary>The owner's list reacts to the live hub (bUnit over the real services and a real SQLite file).</summary>
public sealed class OwnerApplicationListTests : BunitContext, IAsyncLifetime
{
    private DomainHarness _domain = default!;

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(_domain.Get<ApplicationService>());
        Services.AddSingleton(_domain.Get<ILiveEvents>());
        AddAuthorization();
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _domain.DisposeAsync();
    }

    [Fact]
    public async Task A_new_application_appears_highlighted_when_the_hub_announces_it()
    {
        var owner = await _domain.CreateMemberAsync("List Owner");
        var applicant = await _domain.CreateMemberAsync("Live Applicant");
        var project = (await _domain.Get<ProjectService>().CreateAsync(owner, new ProjectDraft
        {
            Name = "Live list", Summary = "Watch it fill", Status = ProjectStatus.Recruiting, Roles = [new RoleDraft("docs", true)],
        })).ProjectId!.Value;
        var list = Render<OwnerApplicationList>(p => p.Add(l => l.OwnerId, owner).Add(l => l.ProjectId, project));
        Assert.Empty(list.FindAll("[data-application-id]"));

        await _domain.Get<ApplicationService>().ApplyAsync(applicant, project, "docs", "I write clear docs and would love to help here.");

        list.WaitForAssertion(() =>
        {
            var card = Assert.Single(list.FindAll("[data-application-id]"));
            Assert.Contains("Live Applicant", card.TextContent, StringComparison.Ordinal);
            Assert.Contains("dc-application-new", card.ClassName, StringComparison.Ordinal);
        });
    }
}

using System.Globalization;
using Bunit;
using DevConnect.App.Components.Layout;
using DevConnect.App.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DevConnect.Tests.Resilience;

/// <summary>The real layout around a page that throws (bUnit, MudBlazor services, real resources).</summary>
public sealed class PageErrorBoundaryTests : BunitContext
{
    public PageErrorBoundaryTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddScoped<CircuitAdmission>();
        Services.AddSingleton(TimeProvider.System);
        AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<MainLayout> RenderLayoutAround<TPage>()
        where TPage : IComponent =>
        Render<MainLayout>(p => p.AddCascadingValue(new UiPreferences(DarkMode: false, IsInteractive: true)).Add(l => l.Body, builder =>
        {
            builder.OpenComponent<TPage>(0);
            builder.CloseComponent();
        }));

    [Fact]
    public void A_page_that_throws_shows_a_friendly_message_inside_a_working_shell()
    {
        var layout = RenderLayoutAround<FailingPage>();

        var error = layout.Find("[data-testid=page-error]");
        Assert.Contains("Something went wrong on this page", error.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("database is locked", layout.Markup, StringComparison.Ordinal);
        Assert.NotEmpty(layout.FindAll("nav a[href=projects]"));
        Assert.NotNull(layout.Find("footer"));

        layout.Find("header button.dc-only-narrow").Click();
        Assert.NotNull(layout.Find("aside.dc-drawer"));
    }

    [Fact]
    public void Navigating_to_another_page_recovers_from_the_error()
    {
        var layout = RenderLayoutAround<FailingPage>();
        Assert.NotEmpty(layout.FindAll("[data-testid=page-error]"));

        // What the router does on navigation: the layout gets the next page as its body.
        layout.Render(p => p.Add(l => l.Body, builder =>
        {
            builder.OpenComponent<WorkingPage>(0);
            builder.CloseComponent();
        }));

        Assert.Empty(layout.FindAll("[data-testid=page-error]"));
        Assert.Equal("A page that works", layout.Find("h1").TextContent);
    }

    [Fact]
    public void The_message_is_in_French_for_a_French_reader()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("fr");
        try
        {
            var layout = RenderLayoutAround<FailingPage>();

            Assert.Contains("Un problème est survenu sur cette page", layout.Find("[data-testid=page-error]").TextContent, StringComparison.Ordinal);
            Assert.Contains("Réessayer", layout.Find("[data-testid=page-error]").TextContent, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public sealed class FailingPage : ComponentBase
    {
        protected override void OnInitialized() => throw new InvalidOperationException("database is locked");
    }

    public sealed class WorkingPage : ComponentBase
    {
        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder) =>
            builder.AddMarkupContent(0, "<h1>A page that works</h1>");
    }
}

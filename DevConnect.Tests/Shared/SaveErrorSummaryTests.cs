using System.Globalization;
using Bunit;
using DevConnect.App.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Shared;

/// <summary>The summary beside a Save button: what it says after a refused save, and when it moves focus.</summary>
public sealed class SaveErrorSummaryTests : BunitContext
{
    private const string ModulePath = "./Components/Shared/SaveErrorSummary.razor.js";

    public SaveErrorSummaryTests()
    {
        Services.AddLocalization();
    }

    private IRenderedComponent<SaveErrorSummary> RenderBeforeSaving(Dictionary<string, string>? errors = null) =>
        Render<SaveErrorSummary>(p => p.Add(x => x.Errors, errors ?? []));

    private static Dictionary<string, string> Refused(int fields) =>
        Enumerable.Range(1, fields).ToDictionary(i => $"Field{i}", i => "Fix this.");

    private string Said(IRenderedComponent<SaveErrorSummary> summary) => summary.Find("[role=alert]").TextContent;

    [Fact]
    public void Nothing_is_said_before_the_first_save_even_when_a_field_already_shows_an_error()
    {
        var summary = RenderBeforeSaving(Refused(1));

        Assert.Equal("", Said(summary));
        Assert.Empty(JSInterop.Invocations);
    }

    [Fact]
    public void A_save_refused_at_once_counts_the_fields_and_focuses_the_first_of_them()
    {
        var focus = JSInterop.SetupModule(ModulePath).SetupVoid("focusFirstInvalid", _ => true);
        var summary = RenderBeforeSaving();

        summary.Render(p => p.Add(x => x.Errors, Refused(2)));

        Assert.Equal("2 fields need attention", Said(summary));
        focus.VerifyInvoke("focusFirstInvalid", calledTimes: 1);
    }

    [Fact]
    public void A_save_refused_after_a_wait_moves_focus_only_once_it_has_ended()
    {
        var focus = JSInterop.SetupModule(ModulePath).SetupVoid("focusFirstInvalid", _ => true);
        var summary = RenderBeforeSaving();
        var errors = new Dictionary<string, string>();

        summary.Render(p => p.Add(x => x.Errors, errors).Add(x => x.Saving, true));
        Assert.Equal("", Said(summary));
        Assert.Empty(focus.Invocations);

        errors["Name"] = "Give the project a name.";
        summary.Render(p => p.Add(x => x.Errors, errors).Add(x => x.Saving, false));

        Assert.Equal("1 field needs attention", Said(summary));
        focus.VerifyInvoke("focusFirstInvalid", calledTimes: 1);
    }

    [Fact]
    public void French_pages_say_it_in_French()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("fr");
        try
        {
            JSInterop.SetupModule(ModulePath).SetupVoid("focusFirstInvalid", _ => true);
            var summary = RenderBeforeSaving();

            summary.Render(p => p.Add(x => x.Errors, Refused(3)));

            Assert.Equal("3 champs à corriger", Said(summary));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_refusal_of_the_whole_form_is_repeated_beside_Save_without_moving_focus()
    {
        var summary = RenderBeforeSaving();

        summary.Render(p => p.Add(x => x.Errors, new Dictionary<string, string>()).Add(x => x.FormError, "Someone else saved this project first."));

        Assert.Equal("Someone else saved this project first.", Said(summary));
        Assert.Empty(JSInterop.Invocations);
    }

    [Fact]
    public void A_successful_save_says_nothing_and_leaves_focus_alone()
    {
        var summary = RenderBeforeSaving();

        summary.Render(p => p.Add(x => x.Errors, new Dictionary<string, string>()));

        Assert.Equal("", Said(summary));
        Assert.Empty(JSInterop.Invocations);
    }
}

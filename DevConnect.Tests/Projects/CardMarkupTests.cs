using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.App.Components.Shared;
using DevConnect.App.Resources;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Text;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor.Services;

namespace DevConnect.Tests.Projects;

/// <summary>
/// Live lists send each card as HTML built once and shared by every circuit (CardMarkup, written by StaticMarkup):
/// it must be the very card Blazor's own renderer draws, in each language, whatever the project holds.
/// </summary>
public sealed class CardMarkupTests : BunitContext
{
    private static readonly OwnerSummary Mei = new("Mei Tanaka", "mei-tanaka", "media/0123abcd", null);

    public CardMarkupTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<MarkdownRenderer>();
    }

    private IStringLocalizer L => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    private static ProjectCardView Card(int id = 1, string name = "Tide Tables") => new(
        id, name, "tide-tables", "Offline tides for sailors", ProjectStatus.Recruiting, Commitment.LongTerm, false,
        [Tags.FromKey("rust")], null, null, new DateTime(2026, 11, 1), new DateTime(2026, 11, 2));

    public static TheoryData<string, string> Cards() => new()
    {
        { "plain", "en" }, { "plain", "fr" },
        { "uploaded cover, junior-friendly, maybe inactive", "en" },
        { "demo cover, organization, stars and avatar", "fr" },
        { "many tags and markup-looking text", "en" },
    };

    private static ProjectCardView Variant(string kind) => kind switch
    {
        "uploaded cover, junior-friendly, maybe inactive" => Card() with
        {
            CoverKey = "9f86d081884c7d65", IsJuniorFriendly = true, MayBeInactive = true, Status = ProjectStatus.InProgress,
        },
        "demo cover, organization, stars and avatar" => Card() with
        {
            CoverKey = ProjectImage.AssetPrefix + "img/projects/tides.svg", Owner = Mei, Stars = 12345,
            Organization = new ProjectOrganization(7, "Nordlight Labs", "nordlight", IsVerified: true),
        },
        "many tags and markup-looking text" => Card(name: "<script>alert(\"é\")</script> & co") with
        {
            Summary = "Tabs & \"quotes\" <b>not bold</b> — ünïcode",
            Tags = new[] { "rust", "go", "python", "typescript", "docker", "testing" }.Select(Tags.FromKey).ToList(),
            Owner = Mei with { AvatarPath = "img/avatars/mei.svg" },
        },
        _ => Card(),
    };

    [Theory]
    [MemberData(nameof(Cards))]
    public void A_shared_card_is_the_card_blazor_itself_renders(string kind, string culture)
    {
        using var language = new CultureScope(culture);
        var project = Variant(kind);

        var drawn = Render<ProjectCard>(p => p.Add(c => c.Project, project));

        drawn.MarkupMatches(CardMarkup.For(project, L, ResourceAssetCollection.Empty));
    }

    [Fact]
    public void Every_feed_showing_the_same_read_sends_one_shared_card_per_language()
    {
        var read = Card();

        var first = CardMarkup.For(read, L, ResourceAssetCollection.Empty);
        var second = CardMarkup.For(read, L, ResourceAssetCollection.Empty);
        string french;
        using (new CultureScope("fr"))
        {
            french = CardMarkup.For(read, L, ResourceAssetCollection.Empty);
        }

        Assert.Same(first, second);
        Assert.Contains("Recruiting", first, StringComparison.Ordinal);
        Assert.Contains("Recrute", french, StringComparison.Ordinal);
        // A later read (after a change) is a new view: its card is built again, never served from the old one.
        Assert.Contains("Tide Tables v2", CardMarkup.For(read with { Name = "Tide Tables v2" }, L, ResourceAssetCollection.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_that_needs_a_circuit_is_refused_rather_than_sent_without_its_handler_or_component()
    {
        RenderFragment button = builder =>
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "onclick", EventCallback.Factory.Create(this, () => { }));
            builder.CloseElement();
        };
        RenderFragment component = builder =>
        {
            builder.OpenComponent<EmptyState>(0);
            builder.CloseComponent();
        };

        Assert.Throws<InvalidOperationException>(() => StaticMarkup.Render(button));
        Assert.Throws<InvalidOperationException>(() => StaticMarkup.Render(component));
    }
}

using Bunit;
using DevConnect.App.Components.Profiles;
using DevConnect.App.Resources;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DevConnect.Tests.Profiles;

/// <summary>
/// The home page and the people directory write each member's card as HTML built once per profile read and language
/// (ProfileCard.Markup): it must be the very card Blazor's own renderer draws.
/// </summary>
public sealed class ProfileCardMarkupTests : BunitContext
{
    public ProfileCardMarkupTests() => Services.AddLocalization();

    private IStringLocalizer L => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    private static ProfileSummary Zoe(string? avatar = null) => new(
        "zoe-martin", "Zoé Martin", "Développeuse <Rust> & co", "Besançon", ExperienceLevel.Junior, avatar, "ZM",
        [Tags.FromKey("rust"), Tags.FromKey("go")], OpenToMentoring: true, LookingForMentor: true);

    [Theory]
    [InlineData("en", null)]
    [InlineData("fr", null)]
    [InlineData("fr", "media/0123abcd")]
    [InlineData("en", "img/avatars/zoe.svg")]
    public void A_shared_profile_card_is_the_card_blazor_itself_renders(string culture, string? avatar)
    {
        using var language = new CultureScope(culture);
        var profile = Zoe(avatar);

        var drawn = Render<ProfileCard>(p => p.Add(c => c.Profile, profile));

        drawn.MarkupMatches(ProfileCard.Markup(profile, L, ResourceAssetCollection.Empty).Value);
    }

    [Fact]
    public void Every_visitor_of_the_same_read_gets_one_card_per_language_with_names_written_as_they_are()
    {
        var read = Zoe();

        var first = ProfileCard.Markup(read, L, ResourceAssetCollection.Empty).Value;
        var second = ProfileCard.Markup(read, L, ResourceAssetCollection.Empty).Value;
        string french;
        using (new CultureScope("fr"))
        {
            french = ProfileCard.Markup(read, L, ResourceAssetCollection.Empty).Value;
        }

        Assert.Same(first, second);
        Assert.NotEqual(first, french);
        // Accents stay as text, like the rest of the page; markup in a headline stays text.
        Assert.Contains("Zoé Martin", french, StringComparison.Ordinal);
        Assert.Contains("&lt;Rust&gt; &amp; co", french, StringComparison.Ordinal);
        // A later read (after the member saves) is a new view, built again.
        Assert.Contains("Zoé Dupont", ProfileCard.Markup(read with { DisplayName = "Zoé Dupont" }, L, ResourceAssetCollection.Empty).Value, StringComparison.Ordinal);
    }
}

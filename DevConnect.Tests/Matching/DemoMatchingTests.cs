using DevConnect.Domain.Matching;
using DevConnect.Domain.Profiles;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Matching;

/// <summary>Matching over the demo community, with its stored GitHub snapshots.</summary>
public sealed class DemoMatchingTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync(seedDemoData: true);

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task A_demo_member_gets_a_project_in_a_language_they_know_first_each_with_a_reason()
    {
        var mei = (await _domain.Get<ProfileService>().GetPublicAsync("mei-tanaka"))!.UserId;

        var view = await _domain.Get<MatchingService>().ForYouAsync(mei);

        Assert.NotEmpty(view.Items);
        Assert.All(view.Items, i => Assert.NotEmpty(MatchReasonText.Line(i.Match)));
        Assert.StartsWith("You know ", MatchReasonText.Line(view.Items[0].Match), StringComparison.Ordinal);
    }
}

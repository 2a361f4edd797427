using DevConnect.Domain.Profiles;

namespace DevConnect.Tests.Profiles;

/// <summary>A professional link's kind comes from its address; only an address that says nothing leaves the question open.</summary>
public sealed class LinkKindTests
{
    [Theory]
    [InlineData("https://github.com/ada", LinkKind.GitHub)]
    [InlineData("https://www.gitlab.com/ada", LinkKind.GitLab)]
    [InlineData("https://fr.linkedin.com/in/ada-okafor", LinkKind.LinkedIn)]
    [InlineData("https://stackoverflow.com/users/123/ada", LinkKind.StackOverflow)]
    [InlineData("https://twitter.com/ada", LinkKind.X)]
    [InlineData("https://mastodon.social/@ada", LinkKind.Mastodon)]
    [InlineData("https://ada.dev/", LinkKind.Website)]
    public void The_address_says_which_kind_of_link_it_is_and_the_rules_accept_it_as_that_kind(string url, LinkKind kind)
    {
        var inferred = LinkKinds.Infer(url);

        Assert.Equal(kind, inferred);
        Assert.NotNull(ProfileRules.NormalizeLink(new LinkDraft(inferred!.Value, url)));
    }

    [Theory]
    [InlineData("github.com/ada")]
    [InlineData("http://ada.dev")]
    [InlineData("")]
    [InlineData(null)]
    public void An_address_that_is_not_https_yet_leaves_the_kind_to_the_person(string? url) =>
        Assert.Null(LinkKinds.Infer(url));
}

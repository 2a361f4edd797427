using DevConnect.Domain.Organizations;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Organizations;

public sealed class OrganizationDirectoryTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;

    private OrganizationService Organizations => _domain.Get<OrganizationService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        var admin = await _domain.CreateMemberAsync("Dir Admin");
        await OrganizationTestData.CreateAsync(_domain.Services, admin, OrganizationTestData.Draft("Rusty Paris", "rusty-paris", tech: ["Rust"], locations: ["Paris"]));
        await OrganizationTestData.CreateAsync(_domain.Services, admin, OrganizationTestData.Draft("Rusty Lyon", "rusty-lyon", tech: ["Rust", "Go"], locations: ["Lyon", "Remote"]));
        await OrganizationTestData.CreateAsync(_domain.Services, admin, OrganizationTestData.Draft("Sharp Paris", "sharp-paris", tech: ["C#"], locations: ["paris"]));
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task Technology_and_location_filters_combine()
    {
        var rust = await Organizations.SearchAsync(new OrganizationQuery { Tech = ["rust"] });
        var paris = await Organizations.SearchAsync(new OrganizationQuery { Location = "paris" });
        var both = await Organizations.SearchAsync(new OrganizationQuery { Tech = ["rust"], Location = "paris" });

        Assert.Equal(["Rusty Lyon", "Rusty Paris"], rust.Items.Select(o => o.Name));
        Assert.Equal(["Rusty Paris", "Sharp Paris"], paris.Items.Select(o => o.Name));
        Assert.Equal("Rusty Paris", Assert.Single(both.Items).Name);
    }

    [Fact]
    public async Task The_location_filter_offers_each_place_once_with_its_count()
    {
        var locations = await Organizations.LocationsAsync(10);

        Assert.Equal(2, locations.Single(l => l.Key == "paris").Count);
        Assert.Equal(["lyon", "paris", "remote"], locations.Select(l => l.Key).Order());
    }
}

using AngleSharp.Html.Parser;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DevConnect.Tests.Projects;

/// <summary>The feed's count line says "about" when the total is an estimate, in English and French.</summary>
public sealed class FeedCountHttpTests(FeedCountHttpTests.EstimatingAppFactory app) : IClassFixture<FeedCountHttpTests.EstimatingAppFactory>
{
    /// <summary>The demo community, with a threshold small enough that the whole feed is estimated.</summary>
    public sealed class EstimatingAppFactory : DevConnectAppFactory
    {
        public EstimatingAppFactory() => SeedDemoData = true;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Feed:ExactTotalUpTo", "3");
        }
    }

    private async Task<string> CountLineAsync(string path, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        var response = await app.CreateClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlParser().ParseDocument(html).QuerySelector(".dc-feed-count")!.TextContent.Trim();
    }

    [Fact]
    public async Task A_large_total_is_shown_as_about_so_many_projects_and_a_small_one_exactly()
    {
        var everything = await app.GetService<ProjectService>().SearchAsync(new ProjectQuery());
        var rare = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery())).Languages.First(l => l.Count == 1).Tag.Key;

        Assert.True(everything.TotalIsEstimate);
        Assert.Equal($"about {everything.Total} projects", await CountLineAsync("/projects"));
        Assert.Equal($"environ {everything.Total} projets", await CountLineAsync("/projects", "fr-FR,fr;q=0.9"));
        Assert.Equal("1 project", await CountLineAsync($"/projects?lang={Uri.EscapeDataString(rare)}"));
    }

    [Fact]
    public async Task An_estimated_feed_does_not_promise_a_last_page()
    {
        var html = await app.CreateClient().GetStringAsync("/projects");

        var pager = new HtmlParser().ParseDocument(html).QuerySelector(".dc-pager")!;
        Assert.Equal("Page 1", pager.QuerySelector("span")!.TextContent.Trim());
        Assert.EndsWith("projects?page=2", pager.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}

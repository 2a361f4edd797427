using System.Net;
using DevConnect.Domain.Jobs;
using DevConnect.Domain.Media;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Playwright;
using StackExchange.Redis;

namespace DevConnect.Tests.Live;

/// <summary>What a member notices when the load balancer sends them to one server and the news happens on another.</summary>
public sealed class SeveralServersTests(BrowserFixture browser, TwoServers servers)
    : IClassFixture<BrowserFixture>, IClassFixture<TwoServers>
{
    [Fact]
    public async Task A_project_published_through_server_B_appears_in_a_feed_open_on_server_A()
    {
        await using var visitor = await BrowserPage.OpenAsync(browser, servers.A.BaseAddress);
        await visitor.Page.GotoAsync("/projects?lang=ocaml");
        await visitor.WaitForInteractiveAsync();
        await visitor.Page.GetByText("Nothing found").WaitForAsync();

        var result = await servers.B.GetService<ProjectService>().CreateAsync(await servers.UserIdAsync("ada"), new ProjectDraft
        {
            Name = "Cross Harbour", Summary = "Published on the other server", Tags = ["ocaml"], Status = ProjectStatus.Recruiting,
        });

        Assert.True(result.Succeeded);
        await visitor.Page.Locator("[data-testid=project-grid] article", new() { HasText = "Cross Harbour" }).WaitForAsync();
        visitor.AssertNoProblems();
    }

    [Fact]
    public async Task A_member_signed_in_on_server_A_is_still_signed_in_on_server_B()
    {
        var cookies = new CookieContainer();
        using var onA = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = servers.A.BaseAddress };
        using var onB = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = servers.B.BaseAddress };
        await onA.LoginAsync("ada");
        // Both servers listen on 127.0.0.1 with different ports; cookies ignore ports, as behind one balancer address.

        var page = await onB.GetAsync("/profile/edit");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-testid=\"user-menu\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_servers_read_one_key_ring_kept_encrypted_in_Redis()
    {
        var secret = servers.A.GetService<IDataProtectionProvider>().CreateProtector("several-servers").Protect("shared");

        Assert.Equal("shared", servers.B.GetService<IDataProtectionProvider>().CreateProtector("several-servers").Unprotect(secret));
        await using var redis = await ConnectionMultiplexer.ConnectAsync(servers.Redis.ConnectionString);
        var keys = await redis.GetDatabase().ListRangeAsync(App.Infrastructure.DataProtectionKeys.RedisKey);
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Contains("encryptedSecret", key.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", key.ToString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task With_both_servers_running_only_one_talks_to_GitHub()
    {
        const string holding = "this server holds the refresh lease";
        var deadline = DateTime.UtcNow + Patience.Wait;
        while (!servers.A.Logs.Lines.Concat(servers.B.Logs.Lines).Any(line => line.Contains(holding, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "neither server took the GitHub refresh lease");
            await Task.Delay(100);
        }

        var (holder, other) = servers.A.Logs.Lines.Any(line => line.Contains(holding, StringComparison.Ordinal)) ? (servers.A, servers.B) : (servers.B, servers.A);
        Assert.DoesNotContain(other.Logs.Lines, line => line.Contains(holding, StringComparison.Ordinal));
        Assert.True(await holder.GetService<JobLeases>().TryAcquireAsync(JobLeases.GitHubRefresh, TimeSpan.FromMinutes(2)), "the holder lost its lease");
        Assert.False(await other.GetService<JobLeases>().TryAcquireAsync(JobLeases.GitHubRefresh, TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public async Task An_image_uploaded_on_server_A_is_served_by_server_B()
    {
        var upload = await servers.A.GetService<ImageUploadService>().UploadAsync(
            await servers.UserIdAsync("ada"), new MemoryStream(TestImages.Png(900, 500, 14, 116, 144)));
        using var client = new HttpClient { BaseAddress = servers.B.BaseAddress };

        var response = await client.GetAsync($"/media/{upload.Hash}/640");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(640, TestImages.Decode(await response.Content.ReadAsByteArrayAsync()).Width);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }
}

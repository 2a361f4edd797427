using System.Net;
using DevConnect.Domain.Seeding;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Resilience;

/// <summary>The addresses the audit answered with a 500: each now gets a page, a safe redirect or a 4xx.</summary>
public sealed class BadInputHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Theory]
    [InlineData("/projects?page=abc", "project-grid")]
    [InlineData("/projects?page=99999999999999999999&junior=maybe&active=%00", "project-grid")]
    [InlineData("/people?page=abc", "people-grid")]
    [InlineData("/people?page=-5&open=yes%01", "people-grid")]
    public async Task A_page_number_or_flag_that_is_not_one_shows_the_first_page(string url, string grid)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-testid=\"{grid}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("%20//evil.example")]
    [InlineData("HTTP://LOCALHOST/projects")]
    public async Task Logging_in_with_a_return_address_elsewhere_signs_the_member_in_and_goes_home(string returnUrl)
    {
        var client = app.CreateBrowserLikeClient();
        var form = await HtmlForm.LoadAsync(client, "/Account/Login?ReturnUrl=" + returnUrl);

        var response = await form.Set("Input.Email", $"ada@{DemoDataSeeder.DemoEmailDomain}")
            .Set("Input.Password", DemoDataSeeder.DemoPassword).PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = new Uri(new Uri("http://localhost/"), response.Headers.Location!);
        Assert.Equal("localhost", location.Host);
        Assert.Equal("/", location.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Manage")).StatusCode);
    }

    [Fact]
    public async Task Logging_in_with_a_return_address_on_the_site_goes_back_there()
    {
        var client = app.CreateBrowserLikeClient();
        var form = await HtmlForm.LoadAsync(client, "/Account/Login?ReturnUrl=%2Fprojects%3Flang%3Drust");

        var response = await form.Set("Input.Email", $"mei-tanaka@{DemoDataSeeder.DemoEmailDomain}")
            .Set("Input.Password", DemoDataSeeder.DemoPassword).PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/projects?lang=rust", new Uri(new Uri("http://localhost/"), response.Headers.Location!).PathAndQuery);
    }

    [Theory]
    [InlineData("/preferences/culture?culture=fr&returnUrl=/%0D%0ASet-Cookie:x=1")]
    [InlineData("/preferences/culture?culture=fr&returnUrl=/%00")]
    [InlineData("/preferences/theme?mode=dark&returnUrl=/%09/evil.example")]
    [InlineData("/preferences/theme?mode=dark&returnUrl=/people%1B")]
    public async Task A_preference_switch_with_control_characters_in_its_return_address_still_applies_and_goes_home(string url)
    {
        var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.NotEmpty(response.Headers.GetValues("Set-Cookie"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/projects")]
    [InlineData("/Account/Login")]
    public async Task A_monitor_asking_HEAD_gets_200_like_GET(string url)
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}

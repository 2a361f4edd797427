using System.Net;
using System.Reflection;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Resilience;

/// <summary>
/// Every page route, found in the app's own endpoint data, fed hostile query strings and path values by a visitor
/// and by a signed-in member: the answer may be a page, a redirect or a 4xx, never a server error.
/// A new page is swept the day it is added.
/// </summary>
public sealed class HostileInputSweepTests(SeededLiveAppFactory app) : IClassFixture<SeededLiveAppFactory>
{
    // Raw query-string values, already in URL form: some are deliberately malformed escapes.
    private static readonly string[] HostileQueryValues =
    [
        "abc", "-1", "0", "99999999999999999999", "2147483648", "1.5", "true%00", "%00", "%01%02%1B%7F", "%0D%0ASet-Cookie:x=1",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "//evil.example", "%2F%2Fevil.example", "/%5Cevil.example", "https://evil.example",
        "%FF%FE", "%E0%A4%A", "%", "%E2%80%AE", new string('a', 3000), "%22NEAR(*", "'%20OR%201=1--",
    ];

    // Path segment values, as text; each is sent escaped, and the ones a browser could send raw are sent raw too.
    private static readonly string[] HostilePathValues =
    [
        "abc", "-1", "0", "99999999999999999999", "2147483648", "\0", "\u0001\u001b\u007f", "\r\nSet-Cookie: x=1",
        "<script>alert(1)</script>", "//evil.example", "/\\evil.example", "https://evil.example", "\u202e", new string('a', 3000),
        "..", "%", "'\" OR 1=1--",
    ];

    private static readonly string[] RawPathValues = ["//evil", "%00", "%FF%FE", "%2e%2e", "abc/def", "%0D%0A"];

    [Fact]
    public async Task No_page_answers_hostile_query_strings_with_a_server_error()
    {
        var failures = new List<string>();
        foreach (var client in await VisitorAndMemberAsync())
        {
            foreach (var page in Pages())
            {
                foreach (var value in HostileQueryValues)
                {
                    var query = string.Join('&', page.QueryNames.SelectMany(n => new[] { $"{n}={value}", $"{n}=1" }));
                    await ExpectNoServerErrorAsync(client.Client, HttpMethod.Get, $"{page.ExampleUrl}?{query}", client.Who, failures);
                }
            }
        }

        AssertNone(failures);
    }

    [Fact]
    public async Task No_page_answers_hostile_path_values_with_a_server_error()
    {
        var failures = new List<string>();
        foreach (var client in await VisitorAndMemberAsync())
        {
            foreach (var page in Pages().Where(p => p.Endpoint.RoutePattern.Parameters.Count > 0))
            {
                var values = HostilePathValues.Select(Uri.EscapeDataString).Concat(RawPathValues);
                foreach (var value in values)
                {
                    foreach (var parameter in page.Endpoint.RoutePattern.Parameters)
                    {
                        await ExpectNoServerErrorAsync(client.Client, HttpMethod.Get, page.UrlWith(parameter.Name, value), client.Who, failures);
                    }
                }
            }
        }

        AssertNone(failures);
    }

    [Fact]
    public async Task Every_page_answers_HEAD_as_it_answers_GET()
    {
        var mismatches = new List<string>();
        foreach (var client in await VisitorAndMemberAsync())
        {
            foreach (var page in Pages())
            {
                var get = await client.Client.GetAsync(page.ExampleUrl);
                var head = await client.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, page.ExampleUrl));
                if (get.StatusCode != head.StatusCode)
                {
                    mismatches.Add($"{client.Who} {page.ExampleUrl}: GET {(int)get.StatusCode}, HEAD {(int)head.StatusCode}");
                }
            }
        }

        AssertNone(mismatches);
    }

    [Fact]
    public async Task The_sweep_covers_every_page_the_router_knows()
    {
        var routes = Pages().Select(p => p.Endpoint.RoutePattern.RawText).ToList();

        Assert.Contains("/", routes);
        Assert.Contains("/projects", routes);
        Assert.Contains("/projects/{Id:int}/{Slug?}", routes);
        Assert.Contains("/u/{Handle}", routes);
        Assert.Contains("/Account/Login", routes);
        Assert.Contains("/messages/{Id:int}", routes);
        Assert.Contains("page", Pages().Single(p => p.Endpoint.RoutePattern.RawText == "/people").QueryNames);
    }

    private async Task<List<(string Who, HttpClient Client)>> VisitorAndMemberAsync()
    {
        var member = app.CreateRealClient();
        await member.LoginAsync("ada");
        return [("visitor", app.CreateRealClient()), ("member", member)];
    }

    private static async Task ExpectNoServerErrorAsync(HttpClient client, HttpMethod method, string url, string who, List<string> failures)
    {
        try
        {
            using var response = await client.SendAsync(new HttpRequestMessage(method, url));
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{who} {method} {Shorten(url)} → {(int)response.StatusCode}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException or UriFormatException)
        {
            failures.Add($"{who} {method} {Shorten(url)} → {e.GetType().Name}: {e.Message}");
        }
    }

    // One line per failing request, so a regression names every address it broke.
    private static void AssertNone(List<string> failures) =>
        Assert.True(failures.Count == 0, $"{failures.Count} failing requests:\n" + string.Join('\n', failures.Distinct().Take(60)));

    private static string Shorten(string url) => url.Length > 160 ? url[..160] + "…" : url;

    private List<PageRoute> Pages()
    {
        _ = app.BaseAddress; // starts Kestrel, whose services hold the endpoints
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Select(e => new PageRoute(e))
            .ToList();
    }

    private sealed class PageRoute(RouteEndpoint endpoint)
    {
        // A generic set every page is tried with, on top of the names the page itself reads from the query.
        private static readonly string[] CommonQueryNames = ["page", "returnUrl", "ReturnUrl", "q", "id"];

        public RouteEndpoint Endpoint { get; } = endpoint;

        public IReadOnlyList<string> QueryNames { get; } = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()!.Type
            .GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => p.Attribute!.Name ?? p.Property.Name)
            .Concat(CommonQueryNames)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        /// <summary>The route with ordinary values (an existing project, ada's handle), the base for query sweeps.</summary>
        public string ExampleUrl => UrlWith(null, null);

        public string UrlWith(string? hostileParameter, string? hostileValue)
        {
            var segments = Endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter when parameter.Name == hostileParameter => hostileValue,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => ExampleValue(parameter.Name),
                _ => "",
            })));
            return "/" + string.Join('/', segments);
        }

        private static string ExampleValue(string parameter) => parameter switch
        {
            "Handle" => "ada",
            "Slug" => "open-pantry",
            _ => "1",
        };
    }
}

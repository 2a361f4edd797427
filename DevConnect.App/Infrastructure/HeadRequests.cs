using Microsoft.AspNetCore.Routing;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Razor component pages answer GET and POST only, so an uptime monitor's <c>HEAD /</c> got a 404 and called the site
/// down. HEAD renders the page as GET does (same status and headers); Kestrel sends no body for it.
/// </summary>
public static class HeadRequests
{
    private static readonly HttpMethodMetadata PageMethods = new([HttpMethods.Get, HttpMethods.Head, HttpMethods.Post]);

    public static RazorComponentsEndpointConventionBuilder AnswerHeadLikeGet(this RazorComponentsEndpointConventionBuilder pages)
    {
        // Routing reads the last IHttpMethodMetadata, so this one replaces the framework's GET/POST.
        pages.Add(endpoint => endpoint.Metadata.Add(PageMethods));
        return pages;
    }
}

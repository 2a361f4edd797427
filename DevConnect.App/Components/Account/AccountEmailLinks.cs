using Microsoft.AspNetCore.Components;

namespace DevConnect.App.Components.Account;

/// <summary>
/// Absolute links for account emails (confirm, reset). The request's Host header is the visitor's to choose: a
/// reset asked for someone else with a forged Host would mail them a link to another site. When the public address
/// is configured (<c>DevConnect:PublicBaseUrl</c>, as every deployment sets it for notification emails), links are
/// built from it; only an unconfigured development run falls back to the address the request came to.
/// </summary>
public sealed class AccountEmailLinks(NavigationManager navigation, IConfiguration config)
{
    public const string PublicBaseUrlKey = "DevConnect:PublicBaseUrl";

    public string For(string relativePath, IReadOnlyDictionary<string, object?> query)
    {
        var configured = config[PublicBaseUrlKey];
        var baseUri = string.IsNullOrWhiteSpace(configured)
            ? new Uri(navigation.BaseUri)
            : new Uri(configured.EndsWith('/') ? configured : configured + "/");
        return navigation.GetUriWithQueryParameters(new Uri(baseUri, relativePath).AbsoluteUri, query);
    }
}

using DevConnect.Domain.Messaging;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// RFC 8058 one-click unsubscribe: a mail client's button POSTs <c>List-Unsubscribe=One-Click</c> to the address in
/// the email's <c>List-Unsubscribe</c> header. No cookie or antiforgery token comes with it; the signed token in the
/// address names the member and is the authentication. The GET of the same address is the confirmation page.
/// </summary>
public static class UnsubscribeEndpoints
{
    public static IEndpointRouteBuilder MapUnsubscribeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/unsubscribe", async (HttpContext http, string? token, NotificationEmails emails, CancellationToken ct) =>
            {
                var oneClick = await IsOneClickAsync(http.Request, ct);
                if (!await emails.UnsubscribeAsync(token, ct))
                {
                    return Results.Text("This unsubscribe link is invalid or has expired.", "text/plain", statusCode: StatusCodes.Status400BadRequest);
                }

                // A mail client wants a plain answer; a person who pressed the page's button goes back to the page, which now says it is done.
                return oneClick
                    ? Results.Text("Unsubscribed from DevConnect notification emails.", "text/plain")
                    : Results.LocalRedirect($"~/unsubscribe?token={Uri.EscapeDataString(token!)}");
            })
            .DisableAntiforgery()
            // The page at the same address also accepts POSTs (Blazor forms); this endpoint is the one that answers them.
            .WithOrder(-1);
        return endpoints;
    }

    // A malformed body (multipart without a boundary, a form over the limits) is not a one-click request, and must
    // not become a server error on an endpoint anyone can reach.
    private static async Task<bool> IsOneClickAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return false;
        }

        try
        {
            return (await request.ReadFormAsync(ct))["List-Unsubscribe"] == "One-Click";
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return false;
        }
    }
}

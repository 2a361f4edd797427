using DevConnect.App.Components;
using DevConnect.App.Components.Account;
using DevConnect.App.Components.Layout;
using DevConnect.App.Infrastructure;
using DevConnect.Domain;
using DevConnect.Domain.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDevConnectDomain(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddDevConnectApp(builder.Configuration, builder.Environment.ContentRootPath);

var app = builder.Build();

app.UseDevConnectForwardedHeaders();
if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
}
else
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseDevConnectLocalization();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UsePageCache();
app.UsePageCompression();
app.UseAntiforgery();

app.MapStaticAssets();
// Our own CSP (SecurityHeaders) already says frame-ancestors 'none'; Blazor's default header would be a second, weaker one.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null)
    .AnswerHeadLikeGet();
app.MapAccountEndpoints();
app.MapUnsubscribeEndpoints();
app.MapPreferenceEndpoints();
app.MapThemeStylesheets();
app.MapMediaEndpoints();
app.MapHealthChecks("/health");
app.MapLoadTestEndpoints();

if (!await app.InitializeDatabaseOrExplainAsync())
{
    // The console logger writes from a queue: disposing the app flushes it, so the one clear line is not lost.
    await app.DisposeAsync();
    return DatabaseStartup.ExitCode;
}

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

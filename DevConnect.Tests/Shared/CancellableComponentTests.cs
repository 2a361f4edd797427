using System.Data.Common;
using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.Domain.Persistence;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Shared;

/// <summary>
/// A page left while it loads stops its query: the real service over the real database, with the database's
/// next query held until whoever asked for it gives up.
/// </summary>
public sealed class CancellableComponentTests : DomainComponentContext
{
    private readonly QueryHold _hold = new();

    protected override void ConfigureDomain(IServiceCollection services) =>
        services.AddSingleton<IDbContextFactory<DevConnectDbContext>>(sp =>
            new HoldingContexts(sp.GetRequiredService<DbContextOptions<DevConnectDbContext>>(), _hold));

    [Fact]
    public async Task Leaving_a_page_while_it_loads_cancels_its_query_and_shows_no_error()
    {
        await SignInAsync("Ada Lovelace");
        _hold.Arm();
        var host = Render<ErrorBoundary>(p => p.AddChildContent<MyProjects>());
        await _hold.Reached.Task.WaitAsync(Patience.Wait, Xunit.TestContext.Current.CancellationToken);

        host.Render(p => p.AddChildContent("<p id=\"elsewhere\">Another page</p>"));

        await _hold.Cancelled.Task.WaitAsync(Patience.Wait, Xunit.TestContext.Current.CancellationToken);
        host.WaitForAssertion(() => Assert.Equal("Another page", host.Find("#elsewhere").TextContent));
        Assert.Empty(host.FindAll(".blazor-error-boundary"));
    }

    /// <summary>The app's contexts, with the hold's interceptor added.</summary>
    private sealed class HoldingContexts(DbContextOptions<DevConnectDbContext> options, QueryHold hold) : IDbContextFactory<DevConnectDbContext>
    {
        private readonly DbContextOptions<DevConnectDbContext> _options =
            new DbContextOptionsBuilder<DevConnectDbContext>(options).AddInterceptors(hold).Options;

        public DevConnectDbContext CreateDbContext() => new(_options);
    }

    /// <summary>Once armed, holds the next query until its caller's token fires, and says when each happened.</summary>
    private sealed class QueryHold : DbCommandInterceptor
    {
        private volatile bool _armed;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Arm() => _armed = true;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (_armed)
            {
                _armed = false;
                Reached.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Cancelled.TrySetResult();
                    throw;
                }
            }

            return result;
        }
    }
}

using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Domain.Accounts.Sessions;

/// <summary>
/// A new security stamp ends every session opened before it (<see cref="UserSessionService"/>), and a deleted account
/// ends all of them. Identity changes the stamp on many paths (password, email, two-factor, external logins, reset),
/// moderation on others: watching the saved users themselves catches every one of them, present and future, and tells
/// <see cref="KeptSessions"/>. Inside a transaction the news waits for the commit, so no server can read the old stamp
/// again after forgetting it.
/// </summary>
/// <remarks>
/// <see cref="KeptSessions"/> is found on the first new stamp, not when the interceptor is made: the database options
/// need the interceptor, and the live hub behind the kept sessions may itself use the database.
/// </remarks>
public sealed class SecurityStampInterceptor(IServiceProvider services) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // Users whose stamp changed in a save whose transaction has not committed yet, per context.
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AnnounceUnlessInTransactionAsync(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await AnnounceUnlessInTransactionAsync(eventData.Context);
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        AnnounceAsync(eventData.Context).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        AnnounceAsync(eventData.Context);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<DevConnectUser>())
        {
            // Identity's store marks every property modified on update: a stamp written again unchanged counts too,
            // which costs one more read of that member's sessions, never a session kept too long.
            if (entry.State == EntityState.Deleted
                || (entry.State == EntityState.Modified && entry.Property(u => u.SecurityStamp).IsModified))
            {
                _pending.GetOrCreateValue(context).Add(entry.Entity.Id);
            }
        }
    }

    private Task AnnounceUnlessInTransactionAsync(DbContext? context) =>
        context?.Database.CurrentTransaction is null ? AnnounceAsync(context) : Task.CompletedTask;

    private async Task AnnounceAsync(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var users))
        {
            return;
        }

        _pending.Remove(context);
        foreach (var userId in users)
        {
            await services.GetRequiredService<KeptSessions>().EndedAsync(new SessionsEnded(userId, null));
        }
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}

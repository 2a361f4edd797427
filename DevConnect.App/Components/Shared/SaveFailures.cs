using System.Data.Common;
using DevConnect.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.App.Components.Shared;

/// <summary>
/// Failures below the domain's rules: the database busy, read-only or full, the image store's disk gone. A save
/// handler catches these (and only these) so the form stays as typed and says the change was not saved; a bug still
/// reaches the page's error boundary.
/// </summary>
public static class SaveFailures
{
    public static bool IsInfrastructure(Exception exception) => exception switch
    {
        OperationCanceledException => false,
        DbUpdateException or DbException or IOException or UnauthorizedAccessException or TimeoutException => true,
        // EF Core wraps some provider failures (e.g. a transaction that cannot start) in an InvalidOperationException.
        InvalidOperationException { InnerException: { } inner } => IsInfrastructure(inner),
        _ => false,
    };

    /// <summary>For the form as a whole (field ""), localized through <c>Error.NotSaved</c>.</summary>
    public static FieldError NotSaved(string field = "") =>
        new(field, SaveErrors.NotSaved, "Your changes were not saved: the server could not store them just now. What you typed is still here; please try again in a moment.");

    /// <summary>A message or an application that did not go out, localized through <c>Error.NotSent</c>.</summary>
    public static FieldError NotSent(string field = "") =>
        new(field, SaveErrors.NotSent, "This was not sent: the server could not store it just now. What you typed is still here; please try again in a moment.");

    public static void Log(ILogger logger, Exception exception, string what) =>
        logger.LogError(exception, "{What} was not saved: the database or file store refused the write", what);
}

using DevConnect.Domain.Accounts;

namespace DevConnect.Domain;

/// <summary>
/// How every command answers: done, or refused with reasons. Each reason is a <see cref="FieldError"/> whose code
/// is a constant of the feature's error class (<c>MessagingErrors</c>, <c>ProjectErrors</c>, …): the UI localizes it
/// as "Error." + code and shows it at its field. A refusal is an expected outcome, not an exception; a failing
/// database still throws. Feature results that carry more than one value (<c>ProjectSaveResult</c>) derive from it.
/// </summary>
public record DomainResult
{
    public DomainResult(IReadOnlyList<FieldError> errors) => Errors = errors;

    public IReadOnlyList<FieldError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>The first reason, for a caller that shows one message (a snackbar, a form's banner).</summary>
    public FieldError? Error => Errors.Count == 0 ? null : Errors[0];
}

/// <summary>A command that produces a value (the id of what it created, say) when it succeeds.</summary>
public sealed record DomainResult<T> : DomainResult
{
    private DomainResult(T? value, IReadOnlyList<FieldError> errors)
        : base(errors) => Value = value;

    /// <summary>What the command produced; the type's default when it was refused.</summary>
    public T? Value { get; }

    public static DomainResult<T> Success(T value) => new(value, []);

    public static DomainResult<T> Refused(FieldError error) => new(default, [error]);
}

public static class DomainResultDeconstruction
{
    /// <summary><c>var (id, error) = await service.CommandAsync(..)</c>: the id is null exactly when the command was refused.</summary>
    public static void Deconstruct<T>(this DomainResult<T> result, out T? value, out FieldError? error)
        where T : struct
    {
        value = result.Succeeded ? result.Value : null;
        error = result.Error;
    }
}

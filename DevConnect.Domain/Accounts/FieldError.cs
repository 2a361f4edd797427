namespace DevConnect.Domain.Accounts;

/// <summary>
/// A problem with one field of a form: <see cref="Code"/> is for localization, <see cref="Message"/> the English
/// fallback. Every feature refuses with it (see <see cref="DomainResult"/>); it lives here because sign-up used it first.
/// </summary>
public sealed record FieldError(string Field, string Code, string Message)
{
    /// <summary>Values the localized message fills in ({0}, {1}, …), such as a limit and the moment it lifts; null when it has none.</summary>
    public object[]? Arguments { get; init; }
}

using System.ComponentModel.DataAnnotations;
using DevConnect.Domain.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using DevConnect.Domain.Persistence;

namespace DevConnect.Domain.Accounts;

public sealed record RegistrationRequest(string? Email, string? DisplayName, string? Handle, string? Password);

/// <summary>The new account when sign-up succeeded (it has no errors exactly when it has a user).</summary>
public sealed record RegistrationResult(DevConnectUser? User, IReadOnlyList<FieldError> Errors) : DomainResult(Errors);

public static class AccountErrors
{
    public const string EmailRequired = "EmailRequired";
    public const string EmailInvalid = "EmailInvalid";
    public const string EmailTaken = "EmailTaken";
    public const string PasswordRequired = "PasswordRequired";
    public const string PasswordTooShort = "PasswordTooShort";
    public const string PasswordTooLong = MaxLengthPasswordValidator.Code;

    /// <summary>Identity's own code for a wrong current password, shown through the same resources.</summary>
    public const string PasswordMismatch = nameof(IdentityErrorDescriber.PasswordMismatch);
}

/// <summary>
/// Creates an account and its profile in one save, so a failure leaves neither behind. The register page is
/// a thin form over this: a crafted POST gets the same checks.
/// </summary>
public sealed class RegistrationService(
    UserManager<DevConnectUser> users,
    ProfileService profiles,
    TimeProvider clock,
    ILogger<RegistrationService> logger)
{
    public const string EmailField = "Email";
    public const string DisplayNameField = "DisplayName";
    public const string HandleField = "Handle";
    public const string PasswordField = "Password";

    private static readonly EmailAddressAttribute _emailFormat = new();

    public async Task<RegistrationResult> RegisterAsync(RegistrationRequest request, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var email = request.Email?.Trim() ?? "";
        var displayName = request.DisplayName?.Trim() ?? "";
        var password = request.Password ?? "";

        if (email.Length == 0)
        {
            errors.Add(new(EmailField, AccountErrors.EmailRequired, "Enter your email address."));
        }
        else if (email.Length > 254 || !_emailFormat.IsValid(email))
        {
            errors.Add(new(EmailField, AccountErrors.EmailInvalid, "Enter a valid email address, like name@example.com."));
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(EmailTaken());
        }

        if (DeveloperProfile.ValidateDisplayName(displayName) is { } nameError)
        {
            errors.Add(new(DisplayNameField, nameError,
                $"Enter a display name of {DeveloperProfile.DisplayNameMinLength} to {DeveloperProfile.DisplayNameMaxLength} characters."));
        }

        string handle;
        if (string.IsNullOrWhiteSpace(request.Handle))
        {
            handle = await profiles.SuggestFreeHandleAsync(displayName.Length > 0 ? displayName : email.Split('@')[0], ct);
        }
        else
        {
            handle = Profiles.Handle.Normalize(request.Handle);
            if (Profiles.Handle.Validate(handle) is { } handleError)
            {
                errors.Add(new(HandleField, handleError, HandleMessage(handleError)));
            }
            else if (await profiles.IsHandleTakenAsync(handle, ct))
            {
                errors.Add(HandleTaken());
            }
        }

        var user = new DevConnectUser { UserName = email, Email = email, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        if (password.Length == 0)
        {
            errors.Add(new(PasswordField, AccountErrors.PasswordRequired, "Choose a password."));
        }
        else
        {
            foreach (var validator in users.PasswordValidators)
            {
                var check = await validator.ValidateAsync(users, user, password);
                errors.AddRange(check.Errors.Select(e => new FieldError(PasswordField, e.Code, e.Description)));
            }
        }

        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        user.Profile = profiles.NewProfile(displayName, handle);
        try
        {
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return new(null, created.Errors.Select(ToFieldError).ToList());
            }
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Lost a race to another registration: the unique indexes said no, and nothing was written.
            logger.LogInformation(ex, "Registration lost a uniqueness race");
            var handleLost = await profiles.IsHandleTakenAsync(handle, ct);
            return new(null, [handleLost ? HandleTaken() : EmailTaken()]);
        }

        await profiles.IndexAsync(user.Id, ct);
        logger.LogInformation("Registered user {UserId} with handle {Handle}", user.Id, handle);
        return new(user, []);
    }

    private static FieldError EmailTaken() =>
        new(EmailField, AccountErrors.EmailTaken, "An account with this email already exists. Log in or reset your password.");

    private static FieldError HandleTaken() =>
        new(HandleField, ProfileErrors.HandleTaken, "This handle is taken. Try another one.");

    private static string HandleMessage(string code) => code switch
    {
        ProfileErrors.HandleLength => $"A handle has {Profiles.Handle.MinLength} to {Profiles.Handle.MaxLength} characters.",
        ProfileErrors.HandleReserved => "This handle is reserved. Try another one.",
        _ => "Use lowercase letters, digits and single hyphens, starting with a letter.",
    };

    private static FieldError ToFieldError(IdentityError error) => error.Code switch
    {
        "DuplicateEmail" or "DuplicateUserName" => EmailTaken(),
        "InvalidEmail" or "InvalidUserName" => new(EmailField, AccountErrors.EmailInvalid, error.Description),
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => new(PasswordField, error.Code, error.Description),
        _ => new(EmailField, error.Code, error.Description),
    };
}

using DevConnect.Domain.Accounts;
using Microsoft.Extensions.Localization;

namespace DevConnect.App.Components.Shared;

public static class FieldErrorText
{
    /// <summary>The localized message for a domain error, or its English text when no translation exists.</summary>
    public static string For(IStringLocalizer localizer, FieldError error)
    {
        var text = localizer["Error." + error.Code, error.Arguments ?? []];
        return text.ResourceNotFound ? error.Message : text.Value;
    }

    /// <summary>The localized message for a stored error code; text stored before codes existed shows as it is.</summary>
    public static string For(IStringLocalizer localizer, string code)
    {
        var text = localizer["Error." + code];
        return text.ResourceNotFound ? code : text.Value;
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Options that registration itself needs (rate limiter, circuit and cache settings are fixed when services are
/// added): read once, checked against their data annotations there and then, and refused with the setting's name,
/// as <c>ValidateOnStart</c> does for the options read later.
/// </summary>
internal static class StartupOptions
{
    public static T Read<T>(IConfiguration config, string section)
        where T : class, new()
    {
        var options = config.GetSection(section).Get<T>() ?? new T();
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true))
        {
            throw new OptionsValidationException(section, typeof(T),
                problems.Select(p => $"{section}:{string.Join(", ", p.MemberNames)}: {p.ErrorMessage}"));
        }

        return options;
    }
}

using DevConnect.App.Resources;
using DevConnect.Domain.Accounts;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace DevConnect.App.Components.Account;

/// <summary>
/// Puts localized messages at the field that caused them. Account forms validate in code rather than with
/// data-annotation attributes so that every message comes from the resource files, in the reader's language.
/// </summary>
internal sealed class FormErrors
{
    private readonly EditContext _context;
    private readonly ValidationMessageStore _store;
    private readonly IStringLocalizer _localizer;

    public FormErrors(EditContext context, IStringLocalizer<SharedResource> localizer)
    {
        _context = context;
        _store = new ValidationMessageStore(context);
        _localizer = localizer;
    }

    public bool Any { get; private set; }

    public void Clear()
    {
        _store.Clear();
        Any = false;
    }

    /// <summary>Adds the message for <paramref name="code"/>, or <paramref name="fallback"/> when no translation exists.</summary>
    public void Add(string field, string code, string? fallback = null, params object[] arguments)
    {
        var text = _localizer["Error." + code, arguments];
        _store.Add(_context.Field(field), text.ResourceNotFound && fallback is not null ? fallback : text.Value);
        Any = true;
    }

    public void Add(FieldError error) => Add(error.Field, error.Code, error.Message);

    public void Required(string field, string value, string code)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, code);
        }
    }

    public void Publish() => _context.NotifyValidationStateChanged();
}

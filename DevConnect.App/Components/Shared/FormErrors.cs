using DevConnect.App.Resources;
using DevConnect.Domain.Accounts;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace DevConnect.App.Components.Shared;

/// <summary>
/// Puts localized messages at the field that caused them, in the form's <see cref="EditContext"/>. Forms validate in
/// code rather than with data-annotation attributes so that every message comes from the resource files, in the
/// reader's language, and so that the domain's refusals land where the form's own checks would.
/// </summary>
public sealed class FormErrors
{
    private readonly EditContext _context;
    private readonly ValidationMessageStore _store;
    private readonly IStringLocalizer _localizer;
    private Dictionary<string, string> _firstByField = [];

    public FormErrors(EditContext context, IStringLocalizer<SharedResource> localizer)
    {
        _context = context;
        _store = new ValidationMessageStore(context);
        _localizer = localizer;
    }

    public bool Any => _firstByField.Count > 0;

    /// <summary>
    /// Each refused field's first message. <see cref="Clear"/> starts a new instance, which is how
    /// <see cref="SaveErrorSummary"/> tells a new attempt from a later change to the same one.
    /// </summary>
    public IReadOnlyDictionary<string, string> ByField => _firstByField;

    public void Clear()
    {
        _store.Clear();
        _firstByField = [];
    }

    /// <summary>Adds the message for <paramref name="code"/>, or <paramref name="fallback"/> when no translation exists.</summary>
    public void Add(string field, string code, string? fallback = null, params object[] arguments)
    {
        var text = _localizer["Error." + code, arguments];
        AddText(field, text.ResourceNotFound && fallback is not null ? fallback : text.Value);
    }

    public void Add(FieldError error) => Add(error.Field, error.Code, error.Message, error.Arguments ?? []);

    /// <summary>Adds a message that is already in the reader's language (one that names the file it is about, say).</summary>
    public void AddText(string field, string text)
    {
        _store.Add(_context.Field(field), text);
        _firstByField.TryAdd(field, text);
    }

    /// <summary>Replaces what <paramref name="field"/> said with <paramref name="text"/>.</summary>
    public void Set(string field, string text)
    {
        Remove(field);
        AddText(field, text);
    }

    public void Remove(string field)
    {
        _store.Clear(_context.Field(field));
        _firstByField.Remove(field);
    }

    public void Required(string field, string value, string code)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, code);
        }
    }

    /// <summary>The first message the form holds for <paramref name="field"/>, from any store, or null.</summary>
    public string? Of(string field) => _context.GetValidationMessages(_context.Field(field)).FirstOrDefault();

    public bool Has(string field) => Of(field) is not null;

    public void Publish() => _context.NotifyValidationStateChanged();
}

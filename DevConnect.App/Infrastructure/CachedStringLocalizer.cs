using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Keeps every text once read, per language. <see cref="ResourceManagerStringLocalizer"/> asks the ResourceManager on
/// each call, and that takes one lock shared by the whole process: when a project is published to a thousand open
/// feeds, their renders queued on it (a CPU trace of tools/CircuitLoad showed the lock's contention as a tenth of the
/// work of delivering a card). A text never changes while the app runs, so a dictionary read replaces the lock.
/// </summary>
public sealed class CachedStringLocalizerFactory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _byType = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _byType.GetOrAdd(resourceSource, type => new CachedStringLocalizer(resources.Create(type)));

    public IStringLocalizer Create(string baseName, string location) => new CachedStringLocalizer(resources.Create(baseName, location));
}

/// <summary>One resource file's texts, read through the ResourceManager once per name and language.</summary>
public sealed class CachedStringLocalizer(IStringLocalizer resources) : IStringLocalizer
{
    // Names come from the code, so the set is small; the bound only guards against a name built from input.
    private const int MaxTexts = 20_000;
    private readonly ConcurrentDictionary<(string Language, string Name), LocalizedString> _texts = new();

    public LocalizedString this[string name]
    {
        get
        {
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (_texts.TryGetValue(key, out var text))
            {
                return text;
            }

            text = resources[name];
            if (_texts.Count < MaxTexts)
            {
                _texts.TryAdd(key, text);
            }

            return text;
        }
    }

    // Formatted as ResourceManagerStringLocalizer formats: the current culture, the name itself when no text is found.
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resources.GetAllStrings(includeParentCultures);
}

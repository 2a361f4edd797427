using System.Reflection;
using System.Xml.Linq;
using DevConnect.Domain.Profiles;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Shell;

/// <summary>
/// The domain refuses with a code and an English sentence; the app shows "Error." + code from its resources, and only
/// falls back to the English sentence when the key is missing. So every code the domain can hand to a page needs a
/// translation in both languages, or a French page shows English.
/// </summary>
public sealed class DomainMessageTranslationTests
{
    private static HashSet<string> Keys(string file) =>
        XDocument.Load(RepoPaths.Combine("DevConnect.App", "Resources", file)).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every code constant: the *Errors classes, the profile rules' codes and the profile's conflict code.</summary>
    private static IEnumerable<string> DomainCodes()
    {
        var types = typeof(ProfileRules).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Errors", StringComparison.Ordinal) || t == typeof(ProfileRules));
        var constants = types
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            // A link error always names its kind ("ProfileLinkInvalid.GitLab"), never the bare prefix.
            .Where(code => code != ProfileRules.LinkInvalid);
        var linkCodes = Enum.GetValues<LinkKind>().Select(kind => ProfileRules.LinkInvalid + "." + kind);
        return constants.Append(ProfileEditService.ConflictCode).Concat(linkCodes).Distinct();
    }

    [Fact]
    public void Every_refusal_the_domain_can_give_has_an_english_and_a_french_message()
    {
        var english = Keys("SharedResource.resx");
        var french = Keys("SharedResource.fr.resx");
        var codes = DomainCodes().ToList();

        Assert.Contains("GitHubUnreachable", codes);
        Assert.Contains("MessageTooMany", codes);
        var missingEnglish = codes.Where(code => !english.Contains("Error." + code)).ToList();
        var missingFrench = codes.Where(code => !french.Contains("Error." + code)).ToList();
        Assert.True(missingEnglish.Count == 0, "no English message for: " + string.Join(", ", missingEnglish));
        Assert.True(missingFrench.Count == 0, "no French message for: " + string.Join(", ", missingFrench));
    }
}

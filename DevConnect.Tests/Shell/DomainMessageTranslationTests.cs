using System.Reflection;
using System.Xml.Linq;
using DevConnect.App.Components.Shared;
using DevConnect.Domain.GitHub;
using DevConnect.Domain.Messaging;
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

    /// <summary>
    /// Every error code: the constants of each feature's static *Errors class, in the domain and in the app (the
    /// app's own save failures). Code refers to codes by these names only, so a typo does not compile and a new code
    /// without a translation fails here.
    /// </summary>
    private static IEnumerable<(string Owner, string Code)> DeclaredCodes() =>
        new[] { typeof(ProfileErrors).Assembly, typeof(SaveErrors).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Errors", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
                .Select(f => ($"{t.Name}.{f.Name}", (string)f.GetRawConstantValue()!)));

    private static IEnumerable<string> DomainCodes()
    {
        var constants = DeclaredCodes().Select(c => c.Code)
            // A link error always names its kind ("ProfileLinkInvalid.GitLab"), never the bare prefix.
            .Where(code => code != ProfileErrors.LinkInvalid);
        var linkCodes = Enum.GetValues<LinkKind>().Select(kind => ProfileErrors.LinkInvalid + "." + kind);
        return constants.Concat(linkCodes).Distinct();
    }

    [Fact]
    public void No_two_error_names_share_a_code_so_each_message_means_one_thing()
    {
        var shared = DeclaredCodes().GroupBy(c => c.Code).Where(g => g.Count() > 1)
            .Select(g => string.Join(" = ", g.Select(c => c.Owner))).ToList();

        Assert.True(shared.Count == 0, "one code, several names: " + string.Join("; ", shared));
    }

    [Fact]
    public void Every_refusal_the_domain_can_give_has_an_english_and_a_french_message()
    {
        var english = Keys("SharedResource.resx");
        var french = Keys("SharedResource.fr.resx");
        var codes = DomainCodes().ToList();

        Assert.Contains(GitHubErrors.Unreachable, codes);
        Assert.Contains(MessagingErrors.TooMany, codes);
        Assert.Contains(ProfileErrors.Conflict, codes);
        Assert.Contains(SaveErrors.NotSaved, codes);
        var missingEnglish = codes.Where(code => !english.Contains("Error." + code)).ToList();
        var missingFrench = codes.Where(code => !french.Contains("Error." + code)).ToList();
        Assert.True(missingEnglish.Count == 0, "no English message for: " + string.Join(", ", missingEnglish));
        Assert.True(missingFrench.Count == 0, "no French message for: " + string.Join(", ", missingFrench));
    }
}

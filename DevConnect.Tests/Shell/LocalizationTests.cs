using System.Xml.Linq;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Shell;

public sealed class LocalizationTests
{
    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(RepoPaths.Combine("DevConnect.App", "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [Fact]
    public void Every_english_text_has_a_french_translation_and_no_text_is_empty()
    {
        var english = Load("SharedResource.resx");
        var french = Load("SharedResource.fr.resx");

        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.Empty(french.Keys.Except(english.Keys));
        Assert.All(english.Concat(french), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Placeholders_match_between_languages()
    {
        var english = Load("SharedResource.resx");
        var french = Load("SharedResource.fr.resx");

        Assert.All(english, pair =>
        {
            var placeholders = System.Text.RegularExpressions.Regex.Matches(pair.Value, @"\{\d\}").Select(m => m.Value).Order();
            var translated = System.Text.RegularExpressions.Regex.Matches(french[pair.Key], @"\{\d\}").Select(m => m.Value).Order();
            Assert.Equal(placeholders, translated);
        });
    }
}

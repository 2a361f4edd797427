using System.Xml.Linq;
using DevConnect.App.Infrastructure;
using DevConnect.App.Resources;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

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

    [Fact]
    public void The_app_reads_each_text_in_the_visitors_language_formats_it_in_their_culture_and_names_a_missing_one()
    {
        var services = new ServiceCollection().AddLogging().AddDevConnectLocalization().BuildServiceProvider();
        var l = services.GetRequiredService<IStringLocalizer<SharedResource>>();

        string english, french, frenchCount;
        using (new CultureScope("en"))
        {
            english = l["Project.Status.Recruiting"];
            Assert.Equal("Recruiting", l["Project.Status.Recruiting"]);
        }

        using (new CultureScope("fr"))
        {
            french = l["Project.Status.Recruiting"];
            frenchCount = l["Feed.CountAbout", 60000];
        }

        Assert.Equal("Recruiting", english);
        Assert.Equal("Recrute", french);
        Assert.Equal($"environ {60000.ToString("N0", new System.Globalization.CultureInfo("fr"))} projets", frenchCount);
        Assert.True(l["No.Such.Text"].ResourceNotFound);
        Assert.Equal("No.Such.Text", l["No.Such.Text"].Value);
    }
}

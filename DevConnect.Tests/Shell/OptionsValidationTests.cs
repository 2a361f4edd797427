using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Shell;

/// <summary>A setting out of range stops the app at start with a message naming it, not at the first request that reads it.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Applications:MaxPerHour", "0", "MaxPerHour")]
    [InlineData("Applications:Lifetime", "00:00:01", "Lifetime")]
    [InlineData("DevConnect:PublicBaseUrl", "not an address", "PublicBaseUrl")]
    public async Task A_setting_out_of_range_stops_the_start_and_names_the_setting(string key, string value, string named)
    {
        await using var app = new DevConnectAppFactory { Settings = { [key] = value } };

        var failure = Record.Exception(() => app.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains(named, failure.ToString(), StringComparison.Ordinal);
    }
}

using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Shell;

/// <summary>A setting out of range stops the app at start with a message naming it, not at the first request that reads it.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Limits:NewAccount:MessagesPerHour", "0", "Limits:NewAccount:MessagesPerHour")]
    [InlineData("Limits:NewAccount:ProjectsPerHour", "50", "Limits:NewAccount:ProjectsPerHour")]
    [InlineData("Limits:Established:ApplicationsPerHour", "0", "Limits:Established:ApplicationsPerHour")]
    [InlineData("Limits:NewAccountAge", "-1.00:00:00", "NewAccountAge")]
    [InlineData("Limits:SameTextMaxConversations", "0", "SameTextMaxConversations")]
    [InlineData("Applications:Lifetime", "00:00:01", "Lifetime")]
    [InlineData("DevConnect:PublicBaseUrl", "not an address", "PublicBaseUrl")]
    [InlineData("DevConnect:SeedDemoData", "sometimes", "SeedDemoData")]
    [InlineData("Sessions:LastSeenWriteInterval", "-00:00:01", "LastSeenWriteInterval")]
    [InlineData("Sessions:ValidationInterval", "02:00:00", "ValidationInterval")]
    [InlineData("Email:From", "nobody", "Email:From")]
    [InlineData("Email:Outbox:BaseDelay", "00:00:00", "BaseDelay")]
    [InlineData("Email:Outbox:MaxDelay", "00:00:10", "MaxDelay")]
    [InlineData("Email:Outbox:PollInterval", "00:00:00", "PollInterval")]
    [InlineData("Email:Outbox:ClaimTimeout", "00:01:00", "ClaimTimeout")]
    [InlineData("Email:Outbox:SmtpTimeout", "00:00:00", "SmtpTimeout")]
    [InlineData("GitHub:ApiBaseUrl", "api.github.com", "ApiBaseUrl")]
    [InlineData("RateLimits:AccountPostsPerWindow", "0", "RateLimits:AccountPostsPerWindow")]
    [InlineData("RateLimits:WindowSeconds", "0", "RateLimits:WindowSeconds")]
    [InlineData("Circuits:MaxPerClient", "0", "Circuits:MaxPerClient")]
    [InlineData("Circuits:DisconnectedMaxRetained", "-1", "Circuits:DisconnectedMaxRetained")]
    [InlineData("Circuits:DisconnectedRetention", "2.00:00:00", "Circuits:DisconnectedRetention")]
    [InlineData("Circuits:JSInteropTimeout", "00:00:00", "Circuits:JSInteropTimeout")]
    [InlineData("Circuits:MaxReceiveMessageSize", "1024", "Circuits:MaxReceiveMessageSize")]
    [InlineData("PageCache:Duration", "00:05:00", "PageCache:Duration")]
    [InlineData("Matching:InvitationsPerDay", "0", "InvitationsPerDay")]
    [InlineData("Matching:MentoringRequestsPerDay", "0", "MentoringRequestsPerDay")]
    public async Task A_setting_out_of_range_stops_the_start_and_names_the_setting(string key, string value, string named)
    {
        await using var app = new DevConnectAppFactory { Settings = { [key] = value } };

        var failure = Record.Exception(() => app.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains(named, failure.ToString(), StringComparison.Ordinal);
    }
}

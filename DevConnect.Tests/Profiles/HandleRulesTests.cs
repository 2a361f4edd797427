using DevConnect.Domain.Profiles;

namespace DevConnect.Tests.Profiles;

public sealed class HandleRulesTests
{
    [Theory]
    [InlineData("ada")]
    [InlineData("zoe-martin")]
    [InlineData("dev42")]
    [InlineData("a-b-c")]
    [InlineData("abcdefghijklmnopqrstuvwxyz1234")]
    public void Well_formed_handles_are_accepted(string handle) => Assert.Null(Handle.Validate(handle));

    [Theory]
    [InlineData("ab", ProfileErrors.HandleLength)]
    [InlineData("abcdefghijklmnopqrstuvwxyz12345", ProfileErrors.HandleLength)]
    [InlineData("42dev", ProfileErrors.HandleFormat)]
    [InlineData("-ada", ProfileErrors.HandleFormat)]
    [InlineData("ada-", ProfileErrors.HandleFormat)]
    [InlineData("ada--lovelace", ProfileErrors.HandleFormat)]
    [InlineData("ada_lovelace", ProfileErrors.HandleFormat)]
    [InlineData("zoé", ProfileErrors.HandleFormat)]
    [InlineData("ada lovelace", ProfileErrors.HandleFormat)]
    [InlineData("admin", ProfileErrors.HandleReserved)]
    [InlineData("projects", ProfileErrors.HandleReserved)]
    public void Malformed_or_reserved_handles_are_refused_with_a_reason(string handle, string expected) =>
        Assert.Equal(expected, Handle.Validate(handle));

    [Fact]
    public void Handles_are_compared_lowercase_and_trimmed() => Assert.Equal("ada-lovelace", Handle.Normalize("  Ada-Lovelace "));

    [Theory]
    [InlineData("Zoé Martin", "zoe-martin")]
    [InlineData("  Élodie   D'Arc  ", "elodie-d-arc")]
    [InlineData("42 Crew", "dev-42-crew")]
    [InlineData("李", "dev")]
    [InlineData("Admin", "dev-admin")]
    [InlineData("A very long display name that keeps going on", "a-very-long-display-name")]
    public void A_suggested_handle_is_always_valid(string displayName, string expected)
    {
        var suggestion = Handle.Suggest(displayName);

        Assert.Equal(expected, suggestion);
        Assert.Null(Handle.Validate(suggestion));
    }
}

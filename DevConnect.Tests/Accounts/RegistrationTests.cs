using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Accounts;

public sealed class RegistrationTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync();

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private Task<RegistrationResult> Register(string email, string displayName, string? handle, string password = "correct horse battery") =>
        _domain.InScopeAsync<RegistrationService, RegistrationResult>(s =>
            s.RegisterAsync(new RegistrationRequest(email, displayName, handle, password), TestContext.Current.CancellationToken));

    private async Task<(int Users, int Profiles)> CountRows()
    {
        await using var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return (await db.Users.CountAsync(TestContext.Current.CancellationToken), await db.Profiles.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Registering_creates_the_account_and_its_profile_in_one_go()
    {
        var result = await Register("zoe@example.com", "  Zoé Martin ", "Zoe-M");

        Assert.True(result.Succeeded);
        var profile = await _domain.Get<ProfileService>().FindByUserIdAsync(result.User!.Id, TestContext.Current.CancellationToken);
        Assert.NotNull(profile);
        Assert.Equal("Zoé Martin", profile.DisplayName);
        Assert.Equal("zoe-m", profile.Handle);
        Assert.False(result.User.EmailConfirmed);
    }

    [Fact]
    public async Task Without_a_handle_one_is_made_from_the_name_and_kept_unique()
    {
        var first = await Register("zoe1@example.com", "Zoé Martin", handle: null);
        var second = await Register("zoe2@example.com", "Zoe Martin", handle: "");

        var profiles = _domain.Get<ProfileService>();
        Assert.Equal("zoe-martin", (await profiles.FindByUserIdAsync(first.User!.Id, TestContext.Current.CancellationToken))!.Handle);
        Assert.Equal("zoe-martin-2", (await profiles.FindByUserIdAsync(second.User!.Id, TestContext.Current.CancellationToken))!.Handle);
    }

    [Fact]
    public async Task A_taken_handle_is_refused_at_the_handle_field_and_nothing_is_written()
    {
        await Register("first@example.com", "First Person", "popular");

        var result = await Register("second@example.com", "Second Person", "Popular");

        var error = Assert.Single(result.Errors);
        Assert.Equal((RegistrationService.HandleField, ProfileErrors.HandleTaken), (error.Field, error.Code));
        Assert.Equal((1, 1), await CountRows());
    }

    [Fact]
    public async Task An_email_already_registered_is_refused_whatever_its_case()
    {
        await Register("dup@example.com", "First Person", null);

        var result = await Register("DUP@Example.com", "Second Person", null);

        var error = Assert.Single(result.Errors);
        Assert.Equal((RegistrationService.EmailField, AccountErrors.EmailTaken), (error.Field, error.Code));
        Assert.Equal((1, 1), await CountRows());
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public async Task Passwords_need_10_to_128_characters_and_no_composition(int length, bool accepted)
    {
        var result = await Register($"p{length}@example.com", "Pass Word", null, new string('a', length));

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            Assert.All(result.Errors, e => Assert.Equal(RegistrationService.PasswordField, e.Field));
        }
    }

    [Fact]
    public async Task Every_bad_field_is_reported_at_once_and_nothing_is_written()
    {
        var result = await Register("not-an-email", "Z", "9lives", "short");

        Assert.Equal(
            [RegistrationService.DisplayNameField, RegistrationService.EmailField, RegistrationService.HandleField, RegistrationService.PasswordField],
            result.Errors.Select(e => e.Field).Distinct().Order());
        Assert.Contains(result.Errors, e => e.Code == AccountErrors.EmailInvalid);
        Assert.Contains(result.Errors, e => e.Code == ProfileErrors.DisplayNameLength);
        Assert.Contains(result.Errors, e => e.Code == ProfileErrors.HandleFormat);
        Assert.Contains(result.Errors, e => e.Code == AccountErrors.PasswordTooShort);
        Assert.Equal((0, 0), await CountRows());
    }

    [Fact]
    public async Task When_eight_people_race_for_one_handle_exactly_one_gets_it()
    {
        var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(() => Register($"racer{i}@example.com", $"Racer {i}", "the-handle")));

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(ProfileErrors.HandleTaken, Assert.Single(r.Errors).Code));
        Assert.Equal((1, 1), await CountRows());
    }

    [Fact]
    public async Task Deleting_an_account_deletes_its_profile()
    {
        var result = await Register("leaving@example.com", "Leaving Soon", "leaving");

        var deleted = await _domain.InScopeAsync<UserManager<DevConnectUser>, IdentityResult>(async users =>
            await users.DeleteAsync((await users.FindByIdAsync(result.User!.Id))!));

        Assert.True(deleted.Succeeded);
        Assert.Null(await _domain.Get<ProfileService>().FindByHandleAsync("leaving", TestContext.Current.CancellationToken));
        Assert.Equal((0, 0), await CountRows());
    }
}

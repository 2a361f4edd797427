using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.Tests.Infrastructure;
using DevConnect.Domain.Projects;

namespace DevConnect.Tests.Projects;

/// <summary>Deleting a project from its page (the button the editor shares).</summary>
public sealed class DeleteProjectButtonTests : DomainComponentContext
{
    private readonly List<string> _refusals = [];

    private async Task<(int Id, IRenderedComponent<DeleteProjectButton> Button)> RenderForAsync(string ownerId, string userId)
    {
        var id = (await PostAsync(ownerId, "Lantern")).ProjectId!.Value;
        var button = RenderWithProviders<DeleteProjectButton>(p => p
            .Add(b => b.ProjectId, id)
            .Add(b => b.ProjectName, "Lantern")
            .Add(b => b.UserId, userId)
            .Add(b => b.Refused, text => _refusals.Add(text)));
        return (id, button);
    }

    [Fact]
    public async Task Cancelling_the_question_keeps_the_project()
    {
        var owner = await SignInAsync("Doubtful Owner");
        var (id, button) = await RenderForAsync(owner, owner);
        var before = Navigation.Uri;

        button.Find("button").Click();
        Assert.Contains("Delete \"Lantern\"?", DialogText(), StringComparison.Ordinal);
        await AnswerDialogAsync("Cancel");

        Assert.NotNull(await Domain.Get<ProjectService>().GetAsync(id));
        Assert.Equal(before, Navigation.Uri);
    }

    [Fact]
    public async Task A_confirmed_delete_removes_the_project_and_opens_my_projects()
    {
        var owner = await SignInAsync("Decided Owner");
        var (id, button) = await RenderForAsync(owner, owner);

        var landed = NextLocationAsync();
        button.Find("button").Click();
        await AnswerDialogAsync("Delete");

        Assert.EndsWith("/my/projects", await landed, StringComparison.Ordinal);
        Assert.Null(await Domain.Get<ProjectService>().GetAsync(id));
    }

    [Fact]
    public async Task Someone_who_is_not_the_owner_is_told_why_and_nothing_is_deleted()
    {
        var owner = await Domain.CreateMemberAsync("Lantern Owner");
        var stranger = await SignInAsync("Lantern Stranger");
        var (id, button) = await RenderForAsync(owner, stranger);

        button.Find("button").Click();
        await AnswerDialogAsync("Delete");

        button.WaitForAssertion(() => Assert.Equal(["Only the project's owner can change it."], _refusals));
        Assert.NotNull(await Domain.Get<ProjectService>().GetAsync(id));
    }
}

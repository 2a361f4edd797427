using Microsoft.Playwright;

namespace DevConnect.Tests.Infrastructure;

public static class FileInputs
{
    /// <summary>
    /// Chooses files in a Blazor InputFile once the circuit has wired it. The page can say it is interactive before
    /// InputFile's own script has attached its change listener (it does so after its first interactive render), and
    /// files chosen in between are never reported to the server: ProjectLiveTests lost an upload that way on a busy
    /// machine. Blazor marks a wired input with a file counter; a person cannot pick a file that fast.
    /// </summary>
    public static async Task ChooseFilesAsync(this ILocator input, params FilePayload[] files)
    {
        await input.Page.WaitForFunctionAsync("input => input._blazorInputFileNextFileId !== undefined", await input.ElementHandleAsync());
        await input.SetInputFilesAsync(files);
    }
}

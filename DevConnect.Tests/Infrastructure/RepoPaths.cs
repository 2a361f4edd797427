namespace DevConnect.Tests.Infrastructure;

public static class RepoPaths
{
    /// <summary>The repository root: the folder holding DevConnect.Blazor.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DevConnect.Blazor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DevConnect.Blazor.sln not found above " + AppContext.BaseDirectory);
    }
}

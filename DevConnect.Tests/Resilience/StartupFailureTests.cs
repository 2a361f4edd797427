using System.Diagnostics;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Resilience;

/// <summary>
/// The real app started as an operator starts it (its own process, Production settings) over a database it cannot use:
/// it must say why in one log line and exit non-zero, never dump an unhandled exception or keep running.
/// </summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly TestDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_database_folder_that_cannot_exist_stops_start_up_with_one_clear_line()
    {
        // A file where the database's folder should be: no process, root included, can create that folder.
        var notAFolder = _folder.File("not-a-folder");
        await File.WriteAllTextAsync(notAFolder, "a file");

        var (exitCode, output) = await RunAppAsync($"Data Source={Path.Combine(notAFolder, "app.db")}");

        AssertStoppedWithOneClearLine(exitCode, output, Path.Combine(notAFolder, "app.db"));
    }

    [Fact]
    public async Task A_read_only_database_stops_start_up_with_one_clear_line()
    {
        var file = _folder.File("readonly.db");
        await File.WriteAllBytesAsync(file, []);

        var (exitCode, output) = await RunAppAsync($"Data Source={file};Mode=ReadOnly");

        AssertStoppedWithOneClearLine(exitCode, output, file);
        Assert.Contains("readonly", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_stops_start_up_with_one_clear_line()
    {
        var file = _folder.File("garbage.db");
        await File.WriteAllTextAsync(file, new string('x', 4096));

        var (exitCode, output) = await RunAppAsync($"Data Source={file}");

        AssertStoppedWithOneClearLine(exitCode, output, file);
    }

    [Fact]
    public async Task A_PostgreSQL_server_that_is_not_there_stops_start_up_with_one_clear_line()
    {
        // A folder with no server's socket in it: the connection is refused at once.
        var (exitCode, output) = await RunAppAsync($"Host={_folder.Path};Database=devconnect;Username=devconnect", provider: "Postgres");

        AssertStoppedWithOneClearLine(exitCode, output, $"devconnect on {_folder.Path}:5432");
        Assert.Contains("PostgreSQL", output, StringComparison.Ordinal);
    }

    private static void AssertStoppedWithOneClearLine(int exitCode, string output, string databaseFile)
    {
        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var clear = Assert.Single(lines, l => l.Contains("DevConnect cannot start", StringComparison.Ordinal));
        Assert.Contains(databaseFile, clear, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:DevConnect", clear, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunAppAsync(string connectionString, string provider = "Sqlite")
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "DevConnect.App.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__DevConnect"] = connectionString;
        start.Environment["Database__Provider"] = provider;
        start.Environment["DataProtection__KeysPath"] = _folder.File("keys");
        start.Environment["Storage__ImagesPath"] = _folder.File("uploads");
        start.Environment["Email__OutboxPath"] = _folder.File("outbox");
        start.Environment["GitHub__Enabled"] = "false";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the app kept running over a database it cannot use:\n" + await stdout);
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}

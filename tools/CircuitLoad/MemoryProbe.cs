using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DevConnect.CircuitLoad;

/// <summary>A server process's memory, read from outside: resident set size, and the managed heap after a full GC.</summary>
internal sealed record MemorySample(long RssBytes, long? HeapBytes);

/// <summary>
/// The server's own GC numbers are not reachable from another process, so the managed heap comes from
/// <c>dotnet-gcdump</c> (a .NET global tool): collecting a dump forces a full blocking GC and reports the live heap.
/// RSS comes from /proc and includes everything (native buffers, sockets, GC slack), so both are shown.
/// </summary>
internal static partial class MemoryProbe
{
    public static async Task<MemorySample> SampleAsync(int pid, string workDir)
    {
        var heap = await GcDumpHeapAsync(pid, workDir);
        return new(RssBytes(pid), heap);
    }

    public static long RssBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(Digits().Match(line).Value, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"no VmRSS in /proc/{pid}/status");
    }

    /// <summary>
    /// The CPU time the server has used so far (user + system, from /proc/PID/stat, in clock ticks of 10 ms). Unlike a
    /// latency, CPU spent per delivery hardly moves when other work shares the machine.
    /// </summary>
    public static double CpuMilliseconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command name, which sits in parentheses and may contain spaces: utime and stime are 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
    }

    /// <summary>Null when dotnet-gcdump is not installed (the table then says so) or the dump failed.</summary>
    private static async Task<long?> GcDumpHeapAsync(int pid, string workDir)
    {
        var tool = FindGcDump();
        if (tool is null)
        {
            return null;
        }

        var file = Path.Combine(workDir, $"heap-{pid}-{Guid.NewGuid():N}.gcdump");
        try
        {
            if (await RunAsync(tool, ["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file]) is null || !File.Exists(file))
            {
                return null;
            }

            var report = await RunAsync(tool, ["report", file]);
            var total = report is null ? null : HeapLine().Match(report);
            return total is { Success: true } ? long.Parse(total.Groups["bytes"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
        }
        finally
        {
            // To see what a circuit holds by type (dotnet-gcdump report FILE), keep the dumps somewhere.
            if (Environment.GetEnvironmentVariable("CIRCUITLOAD_KEEP_DUMPS") is { Length: > 0 } keep && File.Exists(file))
            {
                Directory.CreateDirectory(keep);
                File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
            }

            File.Delete(file);
        }
    }

    public static string? FindGcDump()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = new[] { Path.Combine(home, ".dotnet", "tools", "dotnet-gcdump") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, "dotnet-gcdump")));
        return candidates.FirstOrDefault(File.Exists);
    }

    private static async Task<string?> RunAsync(string tool, string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await errors;
        return process.ExitCode == 0 ? await output : null;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\s*(?<bytes>[\d,]+)\s+GC Heap bytes", RegexOptions.Multiline)]
    private static partial Regex HeapLine();
}

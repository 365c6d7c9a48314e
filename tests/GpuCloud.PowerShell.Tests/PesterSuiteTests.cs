using System.Diagnostics;
using System.Text.RegularExpressions;
using GpuCloud.Emulator;
using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests;

/// <summary>
/// Runs tests/Pester/*.Tests.ps1 in a real pwsh with Pester 5 against an in-process emulator when both
/// are installed; otherwise reports the suite as skipped, with the reason, and never as passed. Pester's own
/// counts are written to pester-summary.txt beside the test assembly, which .ci/run prints.
/// </summary>
public sealed class PesterSuiteTests
{
    private static readonly string SummaryPath = Path.Combine(AppContext.BaseDirectory, "pester-summary.txt");

    [SkippableFact]
    public async Task Pester_suite_passes_in_pwsh()
    {
        File.Delete(SummaryPath);
        var pwsh = FindOnPath("pwsh");
        Skip.If(pwsh == null, "Pester suite skipped: pwsh is not installed on this machine (tests/Pester needs pwsh 7.4+ and Pester 5).");
        var (pesterCheck, _) = await RunAsync(pwsh!, "-NoProfile -NonInteractive -Command \"if (Get-Module -ListAvailable Pester | Where-Object { $_.Version.Major -ge 5 }) { 'yes' } else { 'no' }\"", null);
        Skip.If(!pesterCheck.Contains("yes"), "Pester suite skipped: Pester 5 is not installed for pwsh on this machine.");

        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Items = 120 });
        var script = "$c = New-PesterConfiguration; $c.Run.Path = '" + Path.Combine(RepositoryPaths.Root, "tests", "Pester") + "'; $c.Run.Exit = $true; $c.Output.Verbosity = 'Detailed'; Invoke-Pester -Configuration $c";
        var (output, exitCode) = await RunAsync(pwsh!, "-NoProfile -NonInteractive -Command \"" + script + "\"", emulator.BaseUri.ToString().TrimEnd('/'));

        var counts = Regex.Match(output, @"Tests Passed: \d+, Failed: \d+, Skipped: \d+[^\r\n]*");
        File.WriteAllText(SummaryPath, "Pester suite ran in " + pwsh + ": " + (counts.Success ? counts.Value.Trim() : "no Pester summary line in its output") + Environment.NewLine);
        Assert.True(exitCode == 0, "Pester suite failed:" + Environment.NewLine + output);
        Assert.True(counts.Success, "Pester printed no summary line:" + Environment.NewLine + output);
    }

    private static string? FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            foreach (var candidate in new[] { Path.Combine(directory, name), Path.Combine(directory, name + ".exe") })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static async Task<(string Output, int ExitCode)> RunAsync(string file, string arguments, string? emulatorUri)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        start.Environment["NO_COLOR"] = "1";
        if (emulatorUri != null)
        {
            start.Environment["GPUCLOUD_EMULATOR_URI"] = emulatorUri;
            start.Environment["GPUCLOUD_MODULE_PATH"] = RepositoryPaths.ModuleManifest;
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (await stdout + await stderr, process.ExitCode);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;

namespace GpuCloud.Benchmarks;

/// <summary>Counts what reaches the end of the pipeline, and when the first object did, without keeping anything.</summary>
[Cmdlet("Measure", "BenchSink")]
public sealed class MeasureBenchSinkCommand : PSCmdlet
{
    public static long Count;
    public static Action? OnFirst;

    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    protected override void ProcessRecord()
    {
        if (Count++ == 0)
        {
            OnFirst?.Invoke();
        }
    }
}

public sealed class ImportTiming
{
    public double RunspaceOpenMs { get; init; }
    public double ColdImportMs { get; init; }
    public double WarmImportMs { get; init; }
    public string ModuleManifest { get; init; } = "";
}

/// <summary>
/// Import-Module and Get-GpuEndpoint in a real PowerShell runspace hosted in this process (reading from whichever
/// emulator is serving, in this process or a child one: it needs only a base URI and the API key)
/// (System.Management.Automation 7.6.9, InitialSessionState.CreateDefault2()), with the module that
/// the build lays out in out/GpuCloud. The module's assemblies are not referenced by this project,
/// so they are loaded the way pwsh loads them: by Import-Module.
/// </summary>
public sealed class PowerShellBench : IDisposable
{
    private readonly BenchEmulator _emulator;
    private readonly string _manifest;
    private Runspace? _runspace;

    public PowerShellBench(BenchEmulator emulator, string manifest)
    {
        _emulator = emulator;
        _manifest = manifest;
    }

    public ImportTiming MeasureImport()
    {
        // Cold: the first runspace and the first Import-Module in this process (assemblies loaded and JIT-compiled).
        var clock = Stopwatch.StartNew();
        _runspace = OpenRunspace();
        var open = clock.Elapsed.TotalMilliseconds;
        var cold = Import(_runspace);

        // Warm: a second runspace importing again (assemblies already loaded in the process).
        using var second = OpenRunspace();
        var warm = Import(second);
        return new ImportTiming { RunspaceOpenMs = open, ColdImportMs = cold, WarmImportMs = warm, ModuleManifest = _manifest };
    }

    /// <summary>Get-GpuEndpoint -BaseUri -ApiKey -PageSize 100 | Measure-BenchSink (a counting cmdlet of this program).</summary>
    public Task<long> GetGpuEndpointAsync(Action onFirst)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = _runspace ?? throw new InvalidOperationException("MeasureImport first.");
        shell.Runspace.SessionStateProxy.SetVariable("Base", _emulator.BaseUri.ToString().TrimEnd('/'));
        shell.Runspace.SessionStateProxy.SetVariable("Key", Secure(_emulator.ApiKey));
        MeasureBenchSinkCommand.Count = 0;
        MeasureBenchSinkCommand.OnFirst = onFirst;
        shell.AddScript("Get-GpuEndpoint -BaseUri $Base -ApiKey $Key -PageSize 100 -ErrorAction Stop | Measure-BenchSink");
        shell.Invoke();
        if (shell.HadErrors)
        {
            throw new InvalidOperationException("Get-GpuEndpoint failed: " + string.Join("; ", shell.Streams.Error.Select(e => e.ToString())));
        }

        return Task.FromResult(MeasureBenchSinkCommand.Count);
    }

    public void Dispose() => _runspace?.Dispose();

    /// <summary>pwsh on PATH, or null.</summary>
    public static string? FindPwsh()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "pwsh", "pwsh.exe" })
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// In one fresh pwsh process (timed inside the script with a Stopwatch, so pwsh start-up is not counted): Import-Module
    /// of the built module first, then the Invoke-RestMethod page loop a script would write, Get-GpuEndpoint at the default
    /// concurrency and Get-GpuEndpoint -MaxConcurrency 8 over the same listing, taking turns, repeated; medians of each.
    /// All three write their endpoints into the same ForEach-Object consumer, so the comparison is of ways of getting
    /// them, not of ways of looping; taking turns keeps a machine that slows down part-way from weighing on one of them only.
    /// </summary>
    public static async Task<PwshComparison> CompareInPwshAsync(string pwsh, BenchEmulator emulator, string manifest, int repetitions)
    {
        const string script = @"
$ErrorActionPreference = 'Stop'
$clock = [Diagnostics.Stopwatch]::StartNew()
Import-Module $env:GPUCLOUD_BENCH_MODULE
'import 0 {0} 0' -f $clock.Elapsed.TotalMilliseconds
$headers = @{ Authorization = 'Bearer ' + $env:GPUCLOUD_BENCH_KEY }
$key = ConvertTo-SecureString $env:GPUCLOUD_BENCH_KEY -AsPlainText -Force
for ($r = 0; $r -lt [int]$env:GPUCLOUD_BENCH_REPS; $r++) {
  $clock = [Diagnostics.Stopwatch]::StartNew(); $first = -1; $n = 0
  & {
    $page = 1; $read = 0
    while ($true) {
      $answer = Invoke-RestMethod -Uri ($env:GPUCLOUD_BENCH_BASE + 'gpu-instance/openapi/v1/endpoint?pageSize=100&pageNum=' + $page) -Headers $headers
      $answer.endpoints
      $read += $answer.endpoints.Count
      if ($answer.endpoints.Count -lt 100 -or $read -ge $answer.total) { break }
      $page++
    }
  } | ForEach-Object { if ($n -eq 0) { $first = $clock.Elapsed.TotalMilliseconds }; $n++ }
  'irm {0} {1} {2}' -f $n, $clock.Elapsed.TotalMilliseconds, $first
  $clock = [Diagnostics.Stopwatch]::StartNew(); $first = -1; $n = 0
  Get-GpuEndpoint -BaseUri $env:GPUCLOUD_BENCH_BASE -ApiKey $key -PageSize 100 | ForEach-Object { if ($n -eq 0) { $first = $clock.Elapsed.TotalMilliseconds }; $n++ }
  'gpucloud {0} {1} {2}' -f $n, $clock.Elapsed.TotalMilliseconds, $first
  $clock = [Diagnostics.Stopwatch]::StartNew(); $first = -1; $n = 0
  Get-GpuEndpoint -BaseUri $env:GPUCLOUD_BENCH_BASE -ApiKey $key -PageSize 100 -MaxConcurrency 8 | ForEach-Object { if ($n -eq 0) { $first = $clock.Elapsed.TotalMilliseconds }; $n++ }
  'gpucloud8 {0} {1} {2}' -f $n, $clock.Elapsed.TotalMilliseconds, $first
}";
        var start = new ProcessStartInfo(pwsh) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-NoProfile");
        start.ArgumentList.Add("-NonInteractive");
        start.ArgumentList.Add("-Command");
        start.ArgumentList.Add(script);
        start.Environment["GPUCLOUD_BENCH_KEY"] = emulator.ApiKey;
        start.Environment["GPUCLOUD_BENCH_BASE"] = emulator.BaseUri.ToString();
        start.Environment["GPUCLOUD_BENCH_REPS"] = repetitions.ToString(CultureInfo.InvariantCulture);
        start.Environment["GPUCLOUD_BENCH_MODULE"] = manifest;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pwsh did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("pwsh failed: " + errors);
        }

        var runs = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' '))
            .Where(parts => parts.Length == 4)
            .Select(parts => (Kind: parts[0], Items: long.Parse(parts[1], CultureInfo.InvariantCulture), Wall: double.Parse(parts[2], CultureInfo.InvariantCulture), First: double.Parse(parts[3], CultureInfo.InvariantCulture)))
            .ToLookup(run => run.Kind);
        PwshRun Of(string kind)
        {
            var selected = runs[kind].ToList();
            return new PwshRun(selected.Count == 0 ? 0 : selected[0].Items, Harness.Median(selected.Select(r => r.Wall)), Harness.Median(selected.Select(r => r.First)));
        }

        List<double> WallsOf(string kind) => runs[kind].Select(r => r.Wall).ToList();
        return new PwshComparison(Of("irm"), Of("gpucloud"), Of("gpucloud8"), Of("import").WallMs, PairedRatio.Of(WallsOf("irm"), WallsOf("gpucloud")));
    }

    private Runspace OpenRunspace()
    {
        var state = InitialSessionState.CreateDefault2();
        state.Commands.Add(new SessionStateCmdletEntry("Measure-BenchSink", typeof(MeasureBenchSinkCommand), null));
        var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        return runspace;
    }

    private double Import(Runspace runspace)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript("Import-Module '" + _manifest.Replace("'", "''") + "' -ErrorAction Stop");
        var clock = Stopwatch.StartNew();
        shell.Invoke();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (shell.HadErrors)
        {
            throw new InvalidOperationException("Import-Module failed: " + string.Join("; ", shell.Streams.Error.Select(e => e.ToString())));
        }

        return elapsed;
    }

    private static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }
}

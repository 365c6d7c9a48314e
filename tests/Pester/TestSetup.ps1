# Shared set-up for the Pester suite: imports the built module and finds (or starts) the emulator.
# The xunit runner sets GPUCLOUD_EMULATOR_URI and GPUCLOUD_MODULE_PATH; run by hand, this starts
# the emulator with `dotnet run` and imports out/GpuCloud (run `dotnet build` first).
$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..' '..')).Path
$modulePath = if ($env:GPUCLOUD_MODULE_PATH) { $env:GPUCLOUD_MODULE_PATH } else { Join-Path $script:RepoRoot 'out/GpuCloud/GpuCloud.psd1' }
Import-Module $modulePath -Force -ErrorAction Stop

if ($env:GPUCLOUD_EMULATOR_URI) {
    $script:Base = $env:GPUCLOUD_EMULATOR_URI.TrimEnd('/')
} else {
    $port = Get-Random -Minimum 20000 -Maximum 40000
    $script:Base = "http://127.0.0.1:$port"
    $script:EmulatorProcess = Start-Process dotnet -ArgumentList @('run', '--project', (Join-Path $script:RepoRoot 'src/GpuCloud.Emulator'), '--', '--urls', $script:Base, '--items', '120') -PassThru -RedirectStandardOutput ([IO.Path]::GetTempFileName())
    $deadline = (Get-Date).AddSeconds(60)
    while ((Get-Date) -lt $deadline) {
        try { Invoke-RestMethod "$script:Base/_emulator/state" | Out-Null; break } catch { Start-Sleep -Milliseconds 250 }
    }
}

# Stops the emulator this set-up started, if it started one: `dotnet run` and the emulator it runs (stopping `dotnet run`
# alone left the emulator serving, and holding the output of the pwsh that ran the suite).
function script:Stop-TestEmulator {
    if ($script:EmulatorProcess -and -not $script:EmulatorProcess.HasExited) {
        $script:EmulatorProcess.Kill($true)
    }
}

$script:PpioKey = ConvertTo-SecureString 'emulator-ppio-key' -AsPlainText -Force
$script:ScnetUser = 'emulator'
$script:HuaweiProjectId = '0b1c7d0e5a8f4d2c9e3b6a1f4c2d8e7a'

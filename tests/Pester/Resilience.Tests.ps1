BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

AfterAll {
    Invoke-RestMethod -Method Post "$Base/_emulator/reset" | Out-Null
    Stop-TestEmulator
}

Describe 'Retries, stopping and -ErrorAction' {
    BeforeEach {
        Invoke-RestMethod -Method Post "$Base/_emulator/reset" | Out-Null
    }

    It 'rides out a burst of 429 with Retry-After and says so in -Verbose' {
        Invoke-RestMethod -Method Post "$Base/_emulator/faults" -ContentType 'application/json' -Body '{"throttle":{"next":2},"retryAfterSeconds":0}' | Out-Null
        $out = Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -Verbose 4>&1
        @($out | Where-Object { $_ -is [GpuCloud.Models.GpuEndpoint] }).Count | Should -Be 120
        @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match '429' }).Count | Should -BeGreaterThan 0
    }

    It 'retries a throttled -First 5 quietly: one page is read, so no warning about lowering the concurrency' {
        Invoke-RestMethod -Method Post "$Base/_emulator/faults" -ContentType 'application/json' -Body '{"throttle":{"next":1},"retryAfterSeconds":0}' | Out-Null
        $found = Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -First 5 -WarningVariable warned -WarningAction SilentlyContinue
        @($found).Count | Should -Be 5
        @($warned).Count | Should -Be 0
    }

    It 'fails at once, saying so, when Retry-After is longer than the time budget' {
        Invoke-RestMethod -Method Post "$Base/_emulator/faults" -ContentType 'application/json' -Body '{"throttle":{"next":1},"retryAfterSeconds":600}' | Out-Null
        $failure = $null
        try { Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -ErrorAction Stop } catch { $failure = $_ }
        $failure | Should -Not -BeNullOrEmpty
        $failure.CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $failure.Exception.Message | Should -BeLike '*HTTP 429*asked to wait 600 s before the next request, more than is left of this call*s total time budget of 300 s*'
    }

    It 'stops within a second when the pipeline is stopped (Ctrl+C)' {
        Invoke-RestMethod -Method Post "$Base/_emulator/faults" -ContentType 'application/json' -Body '{"latencyMs":20000}' | Out-Null
        $ps = [powershell]::Create()
        $null = $ps.AddScript("Import-Module '$($env:GPUCLOUD_MODULE_PATH ?? (Join-Path $RepoRoot 'out/GpuCloud/GpuCloud.psd1'))'; Get-GpuEndpoint -BaseUri '$Base' -ApiKey (ConvertTo-SecureString emulator-ppio-key -AsPlainText -Force)")
        $handle = $ps.BeginInvoke()
        Start-Sleep -Seconds 2
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $ps.Stop()
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 1.0
        $handle.IsCompleted | Should -BeTrue
        $ps.Dispose()
    }

    It 'with -ErrorAction Stop a per-item error stops the script' {
        { Get-GpuEndpoint -Id 'no-such-endpoint' -BaseUri $Base -ApiKey $PpioKey -ErrorAction Stop; throw 'not reached' } | Should -Throw -ExpectedMessage '*no-such-endpoint*'
    }

    It 'with -ErrorAction SilentlyContinue the good items still come through' {
        $first = Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -First 1
        $found = 'no-such-endpoint', $first.Id | Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -ErrorAction SilentlyContinue
        @($found).Count | Should -Be 1
    }
}

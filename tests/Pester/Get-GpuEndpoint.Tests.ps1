BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    Invoke-RestMethod -Method Post "$Base/_emulator/reset" | Out-Null
}

AfterAll {
    Stop-TestEmulator
}

Describe 'Get-GpuEndpoint' {
    It 'lists every endpoint as GpuEndpoint objects' {
        $all = Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 25
        $all.Count | Should -Be 120
        $all[0] | Should -BeOfType 'GpuCloud.Models.GpuEndpoint'
        ($all.Id | Select-Object -Unique).Count | Should -Be 120
    }

    It 'honours -First, -Skip and -IncludeTotalCount' {
        $page = Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -Skip 10 -First 3 -IncludeTotalCount
        $page[0] | Should -Be 120
        @($page | Where-Object { $_ -is [GpuCloud.Models.GpuEndpoint] }).Count | Should -Be 3
    }

    It 'filters names with wildcards and composes with Where-Object, Group-Object and Sort-Object' {
        $matching = Get-GpuEndpoint 'a*' -BaseUri $Base -ApiKey $PpioKey | Where-Object WorkerCount -gt 0
        $matching | ForEach-Object { $_.Name | Should -BeLike 'a*' }
        $groups = Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey | Group-Object StateName
        ($groups | Measure-Object Count -Sum).Sum | Should -Be 120
        $sorted = Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey | Sort-Object Name
        $sorted[0].Name | Should -BeLessOrEqual $sorted[-1].Name
    }

    It 'shows each endpoint''s Id in its default table at 80 columns' {
        $endpoints = Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -First 5
        $lines = ($endpoints | Out-String -Width 80) -split "`r?`n" | Where-Object { $_.Trim() }
        $lines[0] | Should -Match 'Name\s+StateName\s+Workers\s+Healthy\s+ClusterId\s+Id'
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
        for ($i = 0; $i -lt $endpoints.Count; $i++) { $lines[$i + 2] | Should -Match ([regex]::Escape($endpoints[$i].Id)) }
    }

    It 'exports to CSV with no .NET type name in any cell' {
        $csv = Join-Path $TestDrive 'endpoints.csv'
        Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey | Export-Csv -Path $csv -NoTypeInformation
        $text = Get-Content $csv -Raw
        $text | Should -Not -Match 'GpuCloud\.Models|System\.'
        (Import-Csv $csv).Count | Should -Be 120
    }

    It 'writes a non-terminating error for an unknown id and goes on' {
        $first = Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -First 1
        $found = @($first.Id, 'no-such-endpoint') | Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -ErrorVariable problems -ErrorAction SilentlyContinue
        $found.Id | Should -Be $first.Id
        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'stops a runbook on -ErrorAction Stop' {
        { Get-GpuEndpoint -Id 'no-such-endpoint' -BaseUri $Base -ApiKey $PpioKey -ErrorAction Stop } | Should -Throw
    }

    It 'fails with an authentication error and never shows the key' {
        $wrong = ConvertTo-SecureString 'sk-wrong-secret' -AsPlainText -Force
        $err = $null
        try { Get-GpuEndpoint -BaseUri $Base -ApiKey $wrong } catch { $err = $_ }
        $err | Should -Not -BeNullOrEmpty
        $err.CategoryInfo.Category | Should -BeIn @('AuthenticationError', 'PermissionDenied')
        ($err | Out-String) | Should -Not -Match 'sk-wrong-secret'
    }

    It 'works from environment variables alone' {
        $env:PPIO_API_KEY = 'emulator-ppio-key'; $env:PPIO_BASE_URI = $Base
        try { (Get-GpuEndpoint -First 2).Count | Should -Be 2 } finally { Remove-Item Env:PPIO_API_KEY, Env:PPIO_BASE_URI }
    }
}

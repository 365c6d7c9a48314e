BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    Invoke-RestMethod -Method Post "$Base/_emulator/reset" | Out-Null
}

AfterAll {
    Stop-TestEmulator
}

Describe 'Get-ImagePrewarmTask' {
    It 'reads the document''s example tasks with typed sizes and UTC times' {
        $nginx = Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey -Keyword nginx | Where-Object Id -eq 'nzd5nyi4keefsv2d'
        $nginx.ImageSize | Should -Be 72298048
        $nginx.ImageSize | Should -BeOfType [long]
        $nginx.CreateTime | Should -Be ([DateTimeOffset]::FromUnixTimeSeconds(1757656178))
        $nginx.CreateTime.Offset | Should -Be ([TimeSpan]::Zero)
        @($nginx.Reason).Count | Should -Be 0
    }

    It 'filters by state on the server' {
        $failed = Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey -State Failed
        $failed | ForEach-Object { $_.State | Should -Be 'Failed' }
    }

    It 'rejects an unknown state before any request' {
        { Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey -State Done } | Should -Throw -ErrorId 'ParameterArgumentValidationError,GpuCloud.PowerShell.Commands.GetImagePrewarmTaskCommand'
    }

    It 'groups and exports without type names' {
        $csv = Join-Path $TestDrive 'prewarm.csv'
        Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey | Group-Object ClusterId | Should -Not -BeNullOrEmpty
        Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey | Export-Csv $csv -NoTypeInformation
        Get-Content $csv -Raw | Should -Not -Match 'GpuCloud\.Models|System\.'
    }
}

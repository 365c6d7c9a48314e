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

    It 'lists the tasks of each cluster of a CSV file once, in the file''s order, with an error for the row whose ClusterId is empty' {
        $csv = Join-Path $TestDrive 'clusters.csv'
        "Name,ClusterId`ndev,cn-dev-1`nnone,`neast,cn-east-1`ndev again,CN-DEV-1" | Set-Content $csv
        $expected = 'cn-dev-1', 'cn-east-1' | ForEach-Object { Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey -ClusterId $_ -State Failed }

        $tasks = Import-Csv $csv | Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey -State Failed -ErrorVariable bad -ErrorAction SilentlyContinue

        @($expected).Count | Should -BeGreaterThan 1
        ($tasks.Id -join ',') | Should -Be ($expected.Id -join ',')
        $bad.Count | Should -Be 1
        $bad[0].Exception.Message | Should -Match "parameter 'ClusterId'"
        $bad[0].TargetObject.Name | Should -Be 'none'
    }

    It 'applies -Skip and -First to the tasks of all the clusters piped in, after one total for them all' {
        $dev = @(Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey -ClusterId cn-dev-1)
        $east = @(Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey -ClusterId cn-east-1)

        $out = @([pscustomobject]@{ ClusterId = 'cn-dev-1' }, [pscustomobject]@{ ClusterId = 'cn-east-1' } |
            Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey -Skip ($dev.Count - 1) -First 3 -IncludeTotalCount)

        [ulong]$out[0] | Should -Be ($dev.Count + $east.Count)
        ($out[1..3].Id -join ',') | Should -Be ((@($dev[-1]) + $east[0..1]).Id -join ',')
        $out.Count | Should -Be 4
    }

    It 'lists the tasks of the clusters that endpoints use' {
        $clusters = Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey | Where-Object ClusterId | ForEach-Object ClusterId | Sort-Object -Unique
        $tasks = Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey | Where-Object ClusterId | Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey

        $tasks | Should -Not -BeNullOrEmpty
        $tasks | ForEach-Object { $_.ClusterId | Should -BeIn $clusters }
        @($tasks.Id | Sort-Object -Unique).Count | Should -Be @($tasks).Count
    }

    It 'groups and exports without type names' {
        $csv = Join-Path $TestDrive 'prewarm.csv'
        Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey | Group-Object ClusterId | Should -Not -BeNullOrEmpty
        Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey | Export-Csv $csv -NoTypeInformation
        Get-Content $csv -Raw | Should -Not -Match 'GpuCloud\.Models|System\.'
    }
}

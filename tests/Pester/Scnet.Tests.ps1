BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    Invoke-RestMethod -Method Post "$Base/_emulator/reset" | Out-Null
    $script:Credential = [pscredential]::new('emulator', (ConvertTo-SecureString 'emulator-password' -AsPlainText -Force))
    $script:DocumentId = '4c1f43ddb030483e89b55413bee6c004'
}

AfterAll {
    Disconnect-GpuCloud
    Stop-TestEmulator
}

Describe 'Get-ContainerInstance and Get-NodeQuota' {
    BeforeAll {
        Connect-GpuCloud -Provider Scnet -Credential $Credential -OrgId emulator-org -AuthBaseUri $Base
    }

    It 'reads the document''s container with UTC times and $null for null and --' {
        $c = Get-ContainerInstance $DocumentId
        $c.InstanceServiceName | Should -Be 'Instances_2205113837'
        $c.CreateTime | Should -Be ([DateTimeOffset]::new(2022, 5, 11, 11, 30, 34, [TimeSpan]::Zero))
        $c.StartTime | Should -BeNullOrEmpty
        $c.Duration | Should -BeNullOrEmpty
        $c.RamSize | Should -Be 15360
    }

    It 'pipes a container into Get-NodeQuota' {
        $q = Get-ContainerInstance $DocumentId | Get-NodeQuota
        $q.ResourceGroup | Should -Be 'TeslaM40'
        $q.CpuNumber | Should -Be 40
        $q.MaxTime | Should -Be 'unlimited'
    }

    It 'keeps input order and writes one error per unknown id' {
        $ids = @($DocumentId, 'ffffffffffffffffffffffffffffffff', $DocumentId)
        $out = $ids | Get-ContainerInstance -ErrorVariable problems -ErrorAction SilentlyContinue
        $out.Count | Should -Be 2
        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'Scnet.10004*'
    }

    It 'stops once, with no error per id, when the AI service cannot be reached' {
        $err = $null
        try { 'a1', 'b2', 'c3' | Get-ContainerInstance -BaseUri 'http://127.0.0.1:1' -MaximumRetryCount 0 -ErrorVariable perId -ErrorAction SilentlyContinue } catch { $err = $_ }
        $err.CategoryInfo.Category | Should -Be 'ConnectionError'
        @($perId).Count | Should -Be 1   # the terminating error alone, not one per id
    }

    It 'stops once, saying why, when the AI service <Case> for every id' -ForEach @(
        @{ Case = 'answers HTTP 503'; Faults = '{"serverError":{"rate":1,"pathContains":"/detail"},"serverErrorStatus":503}'; Category = 'ResourceUnavailable'; Message = '*SCNet AI service at * is unavailable*try again later*' }
        @{ Case = 'throttles past the retries'; Faults = '{"throttle":{"rate":1,"pathContains":"/detail"},"retryAfterSeconds":0}'; Category = 'LimitsExceeded'; Message = '*SCNet AI service at * keeps throttling requests*lower -MaxConcurrency*' }
    ) {
        Invoke-RestMethod -Method Post "$Base/_emulator/faults" -ContentType 'application/json' -Body $Faults | Out-Null
        try {
            $err = $null
            try { 'a1', 'b2', 'c3', 'd4' | Get-ContainerInstance -MaximumRetryCount 0 -ErrorVariable perId -ErrorAction SilentlyContinue } catch { $err = $_ }
            $err.CategoryInfo.Category | Should -Be $Category
            $err.Exception.Message | Should -BeLike $Message
            @($perId).Count | Should -Be 1   # the terminating error alone, not one per id
        }
        finally {
            Invoke-RestMethod -Method Post "$Base/_emulator/faults" -ContentType 'application/json' -Body '{}' | Out-Null
        }
    }

    It 'sends fewer requests at once, with one warning, when the service throttles' {
        Invoke-RestMethod -Method Post "$Base/_emulator/faults" -ContentType 'application/json' -Body '{"throttle":{"next":1,"pathContains":"/detail"},"retryAfterSeconds":0,"latencyMs":20,"latencyPathContains":"/detail"}' | Out-Null
        try {
            $ids = @($DocumentId) + (1..11 | ForEach-Object { 'missing{0:d2}' -f $_ })
            $out = $ids | Get-ContainerInstance -MaxConcurrency 8 -WarningVariable slowed -WarningAction SilentlyContinue -ErrorVariable problems -ErrorAction SilentlyContinue
            @($out).Count | Should -Be 1
            $out.InstanceServiceName | Should -Be 'Instances_2205113837'
            @($problems).Count | Should -Be 11
            @($slowed).Count | Should -Be 1
            "$($slowed[0])" | Should -BeLike '*throttling; requesting at most 4 instance(s) at once*'
        }
        finally {
            Invoke-RestMethod -Method Post "$Base/_emulator/faults" -ContentType 'application/json' -Body '{}' | Out-Null
        }
    }

    It 'refuses an id that would change the URL path' {
        { Get-ContainerInstance '../resources' -ErrorAction Stop } | Should -Throw '*-Id*'
    }

    It 'shows the context without any secret' {
        $ctx = Get-GpuCloudContext -Provider Scnet
        $ctx.AuthenticationMethod | Should -Be 'Credential'
        ($ctx | Format-List * | Out-String) | Should -Not -Match 'emulator-password'
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:EndpointRoute = '/gpu-instance/openapi/v1/endpoint'
    function script:EndpointRequests { (Invoke-RestMethod "$Base/_emulator/state").requests.$EndpointRoute }
}

AfterAll {
    Invoke-RestMethod -Method Post "$Base/_emulator/reset" | Out-Null
    Stop-TestEmulator
}

Describe 'Concurrent paging' {
    BeforeEach {
        Invoke-RestMethod -Method Post "$Base/_emulator/reset" | Out-Null
    }

    It 'writes every endpoint once, in the server''s order, whatever the concurrency' {
        $sequential = (Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 10 -MaxConcurrency 1).Id
        $sequential | Should -HaveCount 120
        $sequential | Sort-Object -Unique | Should -HaveCount 120
        (Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 10).Id | Should -Be $sequential
        (Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 10 -MaxConcurrency 8).Id | Should -Be $sequential
    }

    It 'asks only for the pages -First and -Skip need' {
        $all = (Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 10).Id
        Invoke-RestMethod -Method Post "$Base/_emulator/reset" | Out-Null

        (Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 10 -Skip 25 -First 10).Id | Should -Be $all[25..34]
        EndpointRequests | Should -Be 2
    }

    It 'writes a warning about the whole listing after the last of its objects' {
        # The first request fails twice and is retried; the listing says so once it has ended.
        Invoke-RestMethod -Method Post "$Base/_emulator/faults" -ContentType 'application/json' -Body '{"serverError":{"next":2,"pathContains":"/endpoint"},"serverErrorStatus":503}' | Out-Null

        $stream = @(Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 10 -MaxConcurrency 8 3>&1)

        $endpoints = @($stream | Where-Object { $_ -is [GpuCloud.Models.GpuEndpoint] })
        $endpoints | Should -HaveCount 120
        $retried = @($stream | Where-Object { $_ -is [System.Management.Automation.WarningRecord] -and $_.Message -like '*had to be retried*' })
        $retried | Should -HaveCount 1
        $stream.IndexOf($retried[0]) | Should -BeGreaterThan $stream.IndexOf($endpoints[-1])
    }

    It 'says in -Verbose how many endpoints the server counts, how the pages are read and what was written' {
        $verbose = @(Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 10 -First 25 -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)

        $verbose | Should -Contain 'PPIO ListEndpoints: the server counts 120 item(s); reading 2 more page(s) of 10, up to 4 at a time.'
        $verbose[-1] | Should -Match '^PPIO ListEndpoints: 25 item\(s\) written from 3 page\(s\) in \d+ ms \(-First reached; no further page is requested\)\.$'
    }

    It 'stops asking for pages when a downstream command has enough' {
        # With 100 ms per request the pages asked for after the first are still in flight when Select-Object stops the
        # listing (on loopback without latency one of them could come back first and make room for a sixth request).
        Invoke-RestMethod -Method Post "$Base/_emulator/faults" -ContentType 'application/json' -Body '{"latencyMs":100}' | Out-Null

        Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 10 | Select-Object -First 1 | Should -HaveCount 1

        # The first page, and at most the 4 pages in flight when Select-Object stopped the listing; never all 12.
        EndpointRequests | Should -BeLessOrEqual 5
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    Invoke-RestMethod -Method Post "$Base/_emulator/reset" | Out-Null
    $script:Sk = ConvertTo-SecureString 'emulator-secret-key' -AsPlainText -Force
}

AfterAll {
    Disconnect-GpuCloud
    Stop-TestEmulator
}

Describe 'The GpuCloud module' {
    It 'exports its nine cmdlets and nothing else' {
        $m = Get-Module GpuCloud
        $m.ExportedCmdlets.Count | Should -Be 9
        $m.ExportedFunctions.Count | Should -Be 0
        $m.ExportedAliases.Count | Should -Be 0
    }

    It 'connects without warnings and shows a context with no secret' {
        $ctx = Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base -PassThru -WarningVariable warnings
        $warnings.Count | Should -Be 0
        ($ctx | Format-List * | Out-String) | Should -Not -Match 'emulator-ppio-key'
        (Get-GpuCloudContext -Provider Ppio).BaseUri | Should -Be $ctx.BaseUri
    }

    It 'connects from the environment when given no credentials, and says how to sign in when it holds none' {
        $env:PPIO_API_KEY = 'emulator-ppio-key'
        try {
            (Connect-GpuCloud Ppio -BaseUri $Base -PassThru).AuthenticationMethod | Should -Be 'ApiKey'
        } finally {
            $env:PPIO_API_KEY = $null
        }
        @(Get-GpuEndpoint -First 1).Count | Should -Be 1
        $saved = $env:SCNET_TOKEN, $env:SCNET_USER, $env:SCNET_PASSWORD, $env:SCNET_ORG_ID
        $env:SCNET_TOKEN = $env:SCNET_USER = $env:SCNET_PASSWORD = $env:SCNET_ORG_ID = $null
        try {
            { Connect-GpuCloud Scnet -ErrorAction Stop } | Should -Throw -ErrorId 'GpuCloud.Configuration.Token,GpuCloud.PowerShell.Commands.ConnectGpuCloudCommand'
        } finally {
            $env:SCNET_TOKEN, $env:SCNET_USER, $env:SCNET_PASSWORD, $env:SCNET_ORG_ID = $saved
        }
    }

    It 'formats every output type in a table that fits 120 columns' {
        $tables = @(
            Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -First 5
            Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey -First 5
            Get-HyperInstance -BaseUri $Base -ProjectId $HuaweiProjectId -AccessKey EMULATORACCESSKEY -SecretKey $Sk -First 5
        )
        foreach ($group in $tables | Group-Object { $_.GetType().Name }) {
            $text = $group.Group | Format-Table | Out-String -Width 120
            $text -split "`n" | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 120 }
            $text | Should -Not -Match 'GpuCloud\.Models'
        }
    }

    It 'has help with examples for every cmdlet' {
        foreach ($command in Get-Command -Module GpuCloud) {
            $help = Get-Help $command.Name
            $help.Synopsis | Should -Not -BeNullOrEmpty
            @($help.examples.example).Count | Should -BeGreaterOrEqual 3
        }
        Get-Help about_GpuCloud | Should -Not -BeNullOrEmpty
    }

    It 'sets session options that a call can override' {
        Set-GpuCloudOption -MaxConcurrency 2 -TimeoutSec 20 -PassThru | Select-Object -ExpandProperty MaxConcurrency | Should -Be 2
        (Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -MaxConcurrency 6 -PageSize 10).Count | Should -Be 120
        Set-GpuCloudOption -Reset
    }

    It 'changes no session state under -WhatIf' {
        Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base
        Set-GpuCloudOption -MaxConcurrency 3
        Disconnect-GpuCloud -WhatIf
        Set-GpuCloudOption -Reset -WhatIf
        (Get-GpuCloudContext).Provider | Should -Contain 'Ppio'
        (Set-GpuCloudOption -PassThru).MaxConcurrency | Should -Be 3
        Set-GpuCloudOption -Reset
    }
}

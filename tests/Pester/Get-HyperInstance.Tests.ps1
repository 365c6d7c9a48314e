BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    Invoke-RestMethod -Method Post "$Base/_emulator/reset" | Out-Null
    $script:Sk = ConvertTo-SecureString 'emulator-secret-key' -AsPlainText -Force
    $script:Signed = @{ BaseUri = $Base; ProjectId = $HuaweiProjectId; AccessKey = 'EMULATORACCESSKEY'; SecretKey = $Sk }
}

AfterAll {
    Disconnect-GpuCloud
    Stop-TestEmulator
}

Describe 'Get-HyperInstance' {
    It 'lists every hyperinstance with AK/SK signing' {
        $all = Get-HyperInstance @Signed -PageSize 16
        $all.Count | Should -Be 120
        ($all.Id | Select-Object -Unique).Count | Should -Be 120
    }

    It 'reads the document''s devserver-hps with its server' {
        $h = Get-HyperInstance 'devserver-hps' @Signed
        $h.ServerCount | Should -Be 1
        $h.Servers[0].Flavor | Should -Be 'kat3ne-8.48xlarge.8.800t.matrix'
        $h.CreateAt | Should -Be ([DateTimeOffset]::FromUnixTimeMilliseconds(1731055875839))
    }

    It 'shows each instance''s Id in its default table' {
        $instances = Get-HyperInstance @Signed -First 3
        $lines = ($instances | Out-String -Width 110) -split "`r?`n" | Where-Object { $_.Trim() }
        $lines[0] | Should -Match 'Name\s+Status\s+Servers\s+CreateAt \(UTC\)\s+Id'
        for ($i = 0; $i -lt $instances.Count; $i++) { $lines[$i + 2] | Should -Match ([regex]::Escape($instances[$i].Id)) }
    }

    It 'sorts on the server' {
        $sorted = Get-HyperInstance @Signed -SortBy UpdateTime
        for ($i = 1; $i -lt $sorted.Count; $i++) { $sorted[$i].UpdateAt | Should -BeGreaterOrEqual $sorted[$i - 1].UpdateAt }
    }

    It 'fails with the gateway''s code for a wrong secret key and never shows it' {
        $wrong = ConvertTo-SecureString 'not-the-secret' -AsPlainText -Force
        $err = $null
        try { Get-HyperInstance -BaseUri $Base -ProjectId $HuaweiProjectId -AccessKey EMULATORACCESSKEY -SecretKey $wrong } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'ModelArts.APIGW.0301*'
        ($err | Out-String) | Should -Not -Match 'not-the-secret'
    }

    It 'connects with an IAM user and uses the session default' {
        $iam = [pscredential]::new('emulator', (ConvertTo-SecureString 'emulator-password' -AsPlainText -Force))
        Connect-GpuCloud -Provider ModelArts -IamCredential $iam -DomainName emulator-domain -ProjectId $HuaweiProjectId -BaseUri $Base -IamBaseUri $Base
        (Get-HyperInstance -First 3).Count | Should -Be 3
    }

    It 'exports to CSV with readable nested values' {
        $csv = Join-Path $TestDrive 'hyper.csv'
        Get-HyperInstance @Signed | Export-Csv $csv -NoTypeInformation
        Get-Content $csv -Raw | Should -Not -Match 'GpuCloud\.Models|System\.'
    }

    It 'keeps a server''s extensions map a map: read by key, a JSON object, key=value text in CSV' {
        $entries = [System.Collections.Generic.Dictionary[string, string]]::new()
        $entries['url'] = 'https://x.example.com'
        $entries['port'] = '22'
        $access = [GpuCloud.Models.HyperInstanceServerAccess]::new()
        $access.DevService = 'SSH'
        $access.Extensions = [GpuCloud.Models.ReadableMap]::new($entries)

        $access.Extensions.port | Should -Be '22'
        $access | ConvertTo-Json -Compress | Should -Be '{"AllowedAccessIps":[],"DevService":"SSH","Extensions":{"url":"https://x.example.com","port":"22"},"SshKeys":[]}'
        ($access | ConvertTo-Csv -NoTypeInformation)[1] | Should -Be '"","SSH","url=https://x.example.com; port=22",""'
        [GpuCloud.Models.ReadableMap]::Empty | ConvertTo-Json -Compress | Should -Be '{}'
    }

    It 'finds the names of records piped in, from a CSV, in one listing' {
        $csv = Join-Path $TestDrive 'names.csv'
        Get-HyperInstance @Signed -First 3 | Select-Object Name | Export-Csv $csv -NoTypeInformation
        $names = (Import-Csv $csv).Name
        (Import-Csv $csv | Get-HyperInstance @Signed).Name | Sort-Object | Should -Be ($names | Sort-Object)
    }

    It 'refuses an empty secret and a context of another provider, naming the parameter' {
        { Get-HyperInstance @Signed -Token ([securestring]::new()) } | Should -Throw -ExpectedMessage "*'Token'*empty secret*"
        $ppio = Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base -PassThru
        $err = $null
        try { Get-HyperInstance -Context $ppio -First 1 } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'GpuCloud.InvalidParameter.Context*'
    }
}

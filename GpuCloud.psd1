@{
    RootModule           = 'GpuCloud.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Core', 'Desktop')
    GUID                 = '5b0f3c1e-8d7a-4c2b-9e61-2f4a7d9c3b18'
    Author               = 'GpuCloud'
    CompanyName          = 'GpuCloud'
    Copyright            = '(c) GpuCloud. All rights reserved.'
    Description          = 'Read three GPU clouds (PPIO, SCNet / Sugon AC, Huawei Cloud ModelArts) with pipeline-friendly cmdlets that emit typed objects and page automatically.'
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('GpuCloud.Format.ps1xml')
    CmdletsToExport      = @(
        'Get-GpuEndpoint'
        'Get-ImagePrewarmTask'
        'Get-ContainerInstance'
        'Get-NodeQuota'
        'Get-HyperInstance'
        'Connect-GpuCloud'
        'Disconnect-GpuCloud'
        'Get-GpuCloudContext'
        'Set-GpuCloudOption'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('GPU', 'Cloud', 'PPIO', 'SCNet', 'Sugon', 'ModelArts', 'Huawei', 'PSEdition_Core', 'PSEdition_Desktop')
            ProjectUri = 'https://example.invalid/gpucloud'
        }
    }
}

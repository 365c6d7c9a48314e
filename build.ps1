<#
.SYNOPSIS
    Builds, tests, documents, packages and benchmarks GpuCloud.
.EXAMPLE
    ./build.ps1 -Task Docs
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Docs', 'Package', 'Bench')]
    [string[]] $Task = @('Build', 'Test'),
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$docs = Join-Path $root 'docs/GpuCloud'
$module = Join-Path $root 'out/GpuCloud'
$enUs = Join-Path $module 'en-US'

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed ($LASTEXITCODE)" }
}

foreach ($step in $Task) {
    switch ($step) {
        'Build' { Invoke-Dotnet build (Join-Path $root 'GpuCloud.sln') -c $Configuration }
        'Test' { Invoke-Dotnet test (Join-Path $root 'GpuCloud.sln') -c $Configuration }
        'Docs' {
            # The ordinary build already writes the help (LayOutModuleHelp); this task regenerates it on demand.
            if (Get-Module -ListAvailable Microsoft.PowerShell.PlatyPS) {
                Import-Module Microsoft.PowerShell.PlatyPS
                Get-ChildItem $docs -Filter *.md |
                    Where-Object { (Measure-PlatyPSMarkdown -Path $_.FullName).FileType -match 'CommandHelp' } |
                    ForEach-Object { Import-MarkdownCommandHelp -Path $_.FullName } |
                    Export-MamlCommandHelp -OutputFolder (Join-Path $root 'out/maml') -Force | Out-Null
                New-Item -ItemType Directory -Force $enUs | Out-Null
                Copy-Item (Join-Path $root 'out/maml/GpuCloud/*.xml') $enUs -Force
                Invoke-Dotnet run --project (Join-Path $root 'src/GpuCloud.HelpBuilder') -c $Configuration -- --docs $docs --out (Join-Path $root 'out/maml/builder')
                Copy-Item (Join-Path $root 'out/maml/builder/about_*.help.txt') $enUs -Force
            }
            else {
                Invoke-Dotnet run --project (Join-Path $root 'src/GpuCloud.HelpBuilder') -c $Configuration -- --docs $docs --out $enUs
            }
        }
        'Package' {
            Invoke-Dotnet build (Join-Path $root 'GpuCloud.sln') -c Release
            $zip = Join-Path $root 'out/GpuCloud.zip'
            Compress-Archive -Path $module -DestinationPath $zip -Force
            Write-Host "Packaged $zip"
        }
        'Bench' {
            $bench = Join-Path $root 'tests/GpuCloud.Benchmarks/GpuCloud.Benchmarks.csproj'
            if (-not (Test-Path $bench)) { throw "No benchmark project at $bench" }
            Invoke-Dotnet run --project $bench -c Release
        }
    }
}

using System.Management.Automation;
using System.Management.Automation.Runspaces;
using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Module;

/// <summary>
/// Import-Module again, Import-Module -Force and Remove-Module, in runspaces of their own (the collection's shared one keeps
/// its module loaded). The module's assembly stays loaded after Remove-Module, and the session defaults used to stay with it.
/// </summary>
[Collection(ModuleCollection.Name)]
public sealed class ModuleLifecycleTests
{
    private readonly ModuleSession _session;

    public ModuleLifecycleTests(ModuleSession session)
    {
        _session = session;
        _session.Emulator.Reset();
    }

    [Fact]
    public void Remove_Module_and_Import_Module_Force_forget_the_session_defaults_and_options_of_that_runspace_only()
    {
        using var first = OpenRunspace();
        using var second = OpenRunspace();
        const string Connect = "Import-Module $Manifest; Import-Module $Manifest; Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base; Set-GpuCloudOption -MaxConcurrency 3; @(Get-Module GpuCloud).Count";
        Assert.Equal(new object[] { 1 }, Run(first, Connect));
        Assert.Equal(new object[] { 1 }, Run(second, Connect));

        var reloaded = Run(first,
            "$kept = Get-GpuCloudContext -Provider Ppio; Remove-Module GpuCloud; Import-Module $Manifest\n"
            + "@(Get-GpuCloudContext).Count; (Set-GpuCloudOption -PassThru).MaxConcurrency -eq 4; @(Get-GpuEndpoint -Context $kept -First 2).Count\n"
            + "Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base; Import-Module $Manifest -Force; @(Get-GpuCloudContext).Count\n"
            + "try { Get-GpuEndpoint -First 1 } catch { $_.FullyQualifiedErrorId }");

        Assert.Equal(new object[] { 0, true, 2, 0, "GpuCloud.Configuration.ApiKey,GpuCloud.PowerShell.Commands.GetGpuEndpointCommand" }, reloaded);
        Assert.Equal(new object[] { 1, 3 }, Run(second, "@(Get-GpuCloudContext).Count; (Set-GpuCloudOption -PassThru).MaxConcurrency"));
    }

    private Runspace OpenRunspace()
    {
        var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        runspace.SessionStateProxy.SetVariable("Manifest", RepositoryPaths.ModuleManifest);
        runspace.SessionStateProxy.SetVariable("Base", _session.Emulator.BaseUri.ToString().TrimEnd('/'));
        runspace.SessionStateProxy.SetVariable("PpioKey", ModuleSession.Secure(_session.Emulator.Options.PpioApiKey));
        return runspace;
    }

    private static object[] Run(Runspace runspace, string script)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        var output = shell.AddScript("$env:PPIO_API_KEY = $null\n" + script).Invoke();
        Assert.Empty(shell.Streams.Error);
        return output.Select(o => o.BaseObject).ToArray();
    }
}

using System.Management.Automation.Runspaces;
using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Cmdlets;

/// <summary>Session defaults belong to one runspace: parallel runspaces never share an account by accident.</summary>
[Collection(ModuleCollection.Name)]
public sealed class RunspaceIsolationTests
{
    private readonly ModuleSession _session;

    public RunspaceIsolationTests(ModuleSession session)
    {
        _session = session;
        _session.Emulator.Reset();
        _session.Run("Disconnect-GpuCloud");
    }

    [Fact]
    public void A_connection_made_in_one_runspace_is_not_the_default_in_another_but_its_context_can_be_passed()
    {
        var connected = _session.Run("Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base -PassThru");
        var context = Assert.Single(connected.Output).BaseObject;

        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(RepositoryPaths.ModuleManifest);
        using var other = RunspaceFactory.CreateRunspace(state);
        other.Open();
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = other;
        other.SessionStateProxy.SetVariable("Context", context);
        other.SessionStateProxy.SetVariable("Base", _session.Emulator.BaseUri.ToString());
        var defaults = shell.AddScript("$env:PPIO_API_KEY = $null; @(Get-GpuCloudContext).Count; (Get-GpuEndpoint -Context $Context -First 2).Count").Invoke();

        Assert.Empty(shell.Streams.Error);
        Assert.Equal(new object[] { 0, 2 }, defaults.Select(o => o.BaseObject).ToArray());
    }
}

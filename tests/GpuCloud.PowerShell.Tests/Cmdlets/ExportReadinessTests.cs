using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Cmdlets;

/// <summary>Export-Csv writes each property's ToString(): no cell may hold a .NET type name.</summary>
[Collection(ModuleCollection.Name)]
public sealed class ExportReadinessTests
{
    private readonly ModuleSession _session;

    public ExportReadinessTests(ModuleSession session)
    {
        _session = session;
        _session.Emulator.Reset();
    }

    [Theory]
    [InlineData("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey")]
    [InlineData("Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey")]
    [InlineData("Get-ContainerInstance $ContainerIds -BaseUri $Base -Token $ScnetToken")]
    [InlineData("Get-ContainerInstance $ContainerIds -BaseUri $Base -Token $ScnetToken | Get-NodeQuota -BaseUri $Base -Token $ScnetToken")]
    [InlineData("Get-HyperInstance -BaseUri $Base -ProjectId $ProjectId -AccessKey $AccessKey -SecretKey $SecretKey")]
    [InlineData("Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base -PassThru")]
    public void No_cell_holds_a_type_name(string command)
    {
        var ids = _session.Emulator.CurrentIds(GpuCloud.Emulator.Listing.ScnetContainers).ToArray();
        var result = _session.Run(command + " | ForEach-Object { $o = $_; $o.PSObject.Properties | ForEach-Object { if ($null -ne $_.Value) { '{0}.{1}={2}' -f $o.GetType().Name, $_.Name, $_.Value.ToString() } } }",
            new Dictionary<string, object?> { ["ContainerIds"] = ids });

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.NotEmpty(result.Output);
        var cells = result.Output.Select(o => o.ToString()).ToList();
        Assert.DoesNotContain(cells, c => c.Contains("GpuCloud.Models.") || c.Contains("System.") || c.Contains("ReadableList`1"));
    }
}

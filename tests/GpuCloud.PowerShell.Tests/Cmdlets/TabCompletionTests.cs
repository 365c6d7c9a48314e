using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Cmdlets;

[Collection(ModuleCollection.Name)]
public sealed class TabCompletionTests
{
    private readonly ModuleSession _session;

    public TabCompletionTests(ModuleSession session)
    {
        _session = session;
        _session.Emulator.Reset();
    }

    private IReadOnlyList<string> Complete(string line) =>
        _session.Run("(TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches | ForEach-Object CompletionText", new Dictionary<string, object?> { ["Line"] = line })
            .Output.Select(o => o.ToString()).ToList();

    [Fact]
    public void Prewarm_states_complete_from_the_documented_set() =>
        Assert.Equal(new[] { "Pending" }, Complete("Get-ImagePrewarmTask -State Pe"));

    [Fact]
    public void Accelerator_types_complete() =>
        Assert.Equal(new[] { "dcu" }, Complete("Get-NodeQuota -AcceleratorType d"));

    [Fact]
    public void Cluster_ids_complete_from_the_accounts_own_data()
    {
        var completions = Complete("Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey -ClusterId cn-dev");

        Assert.Contains("cn-dev-1", completions);
        Assert.All(completions, c => Assert.StartsWith("cn-dev", c));
    }

    [Fact]
    public void Cluster_ids_complete_after_a_comma_as_well_since_several_clusters_can_be_given()
    {
        var completions = Complete("Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey -ClusterId cn-dev-1, cn-ea");

        Assert.Equal(new[] { "cn-east-1" }, completions);
    }

    [Fact]
    public void Cluster_ids_complete_to_nothing_without_credentials_and_never_throw()
    {
        _session.Run("$env:PPIO_API_KEY = $null");

        var completions = Complete("Get-ImagePrewarmTask -ClusterId cn-dev");

        Assert.DoesNotContain("cn-dev-1", completions);
    }
}

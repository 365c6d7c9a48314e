using System.Management.Automation;
using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Cmdlets;

[Collection(ModuleCollection.Name)]
public sealed class GetImagePrewarmTaskTests
{
    private const string Task = "GpuCloud.Models.ImagePrewarmTask";
    private const string Route = "/gpu-instance/openapi/v1/image/prewarm";
    private const string Connection = " -BaseUri $Base -ApiKey $PpioKey";
    private readonly ModuleSession _session;

    public GetImagePrewarmTaskTests(ModuleSession session)
    {
        _session = session;
        _session.Emulator.Reset();
    }

    /// <summary>The ids of one cluster's tasks, listed on their own.</summary>
    private IReadOnlyList<string?> TasksOf(string clusterId, string filters = "") =>
        _session.Run("Get-ImagePrewarmTask -ClusterId " + clusterId + " " + filters + Connection).Values(Task, "Id");

    /// <summary>A script that pipes records with these ClusterId values (Import-Csv rows, in effect) into <paramref name="command"/>.</summary>
    private static string Piped(string command, params string[] clusterIds) =>
        "'" + string.Join("','", clusterIds) + "' | ForEach-Object { [pscustomobject]@{ ClusterId = $_ } } | " + command;

    /// <summary>The prewarm requests -Debug showed for one cluster.</summary>
    private static int RequestsFor(ScriptResult result, string clusterId) =>
        result.Debug.Count(d => d.StartsWith("GET ", StringComparison.Ordinal) && d.Contains(Route + "?") && (d.Contains("clusterId=" + clusterId + " ") || d.Contains("clusterId=" + clusterId + "&")));

    [Fact]
    public void Clusters_piped_by_property_name_are_read_one_listing_each_in_input_order_and_each_cluster_once()
    {
        var east = TasksOf("cn-east-1", "-State Failed");
        var dev = TasksOf("cn-dev-1", "-State Failed");
        Assert.NotEmpty(east);
        Assert.NotEmpty(dev);
        _session.Emulator.Reset();

        var result = _session.Run(Piped("Get-ImagePrewarmTask -State Failed" + Connection, "cn-east-1", "cn-dev-1", "cn-east-1", "CN-DEV-1"));

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(east.Concat(dev), result.Values(Task, "Id"));
        Assert.All(result.OfType(Task), t => Assert.Equal("Failed", t.Properties["State"].Value));
        Assert.Equal(2, _session.Emulator.Counters.Requests(Route));
    }

    [Fact]
    public void The_ClusterId_of_endpoints_binds_so_their_clusters_tasks_are_listed()
    {
        var endpointClusters = _session.Run("Get-GpuEndpoint" + Connection + " | ForEach-Object ClusterId").Output.Select(o => o?.ToString()).Where(c => !string.IsNullOrEmpty(c)).ToHashSet();
        var expected = _session.Run("Get-ImagePrewarmTask" + Connection).OfType(Task).Where(t => endpointClusters.Contains((string)t.Properties["ClusterId"].Value)).Select(t => (string)t.Properties["Id"].Value).ToList();
        Assert.True(endpointClusters.Count > 1, "the emulator's endpoints should use several clusters");

        var result = _session.Run("Get-GpuEndpoint" + Connection + " | Where-Object ClusterId | Get-ImagePrewarmTask" + Connection);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(expected.OrderBy(i => i), result.Values(Task, "Id").OrderBy(i => i));
    }

    [Fact]
    public void A_blank_ClusterId_from_the_pipeline_is_an_error_of_its_own_naming_the_parameter_and_the_other_clusters_are_still_read()
    {
        var dev = TasksOf("cn-dev-1");

        var result = _session.Run(Piped("Get-ImagePrewarmTask" + Connection, "", "  ", "cn-dev-1"));

        Assert.Null(result.Terminating);
        Assert.Equal(dev, result.Values(Task, "Id"));
        Assert.Equal(2, result.Errors.Count);
        var empty = Assert.Single(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("ParameterArgumentValidationError,", StringComparison.Ordinal));
        Assert.Contains("parameter 'ClusterId'", empty.Exception.Message);
        var blank = Assert.Single(result.Errors, e => e.FullyQualifiedErrorId == "GpuCloud.InvalidParameter.ClusterId,GpuCloud.PowerShell.Commands.GetImagePrewarmTaskCommand");
        Assert.Equal(ErrorCategory.InvalidArgument, blank.CategoryInfo.Category);
        Assert.Equal("  ", blank.TargetObject);
        Assert.Contains("-ClusterId", blank.Exception.Message);
    }

    [Theory]
    [InlineData("'', '  ' | ForEach-Object { [pscustomobject]@{ ClusterId = $_ } } | Get-ImagePrewarmTask" + Connection, 2)]
    [InlineData("@() | Get-ImagePrewarmTask" + Connection, 0)]
    [InlineData("'a string' | Get-ImagePrewarmTask" + Connection, 1)]
    public void Piped_input_that_names_no_cluster_lists_nothing_instead_of_every_cluster(string script, int errors)
    {
        var result = _session.Run(script);

        Assert.Null(result.Terminating);
        Assert.Empty(result.OfType(Task));
        Assert.Equal(errors, result.Errors.Count);
        Assert.Equal(0, _session.Emulator.Counters.Requests(Route));
    }

    [Fact]
    public void A_cluster_given_on_the_command_line_is_still_read_when_the_piped_input_binds_to_nothing()
    {
        var dev = TasksOf("cn-dev-1");

        var result = _session.Run("'a string' | Get-ImagePrewarmTask -ClusterId cn-dev-1" + Connection);

        Assert.Equal(dev, result.Values(Task, "Id"));
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Skip_and_First_apply_to_the_combined_output_and_a_cluster_they_do_not_reach_is_never_requested()
    {
        var dev = TasksOf("cn-dev-1");
        var east = TasksOf("cn-east-1");
        var north = TasksOf("cn-north-1");
        Assert.True(east.Count >= 5, "cn-east-1 should hold at least 5 tasks");
        var skip = dev.Count + 2;

        var result = _session.Run(Piped("Get-ImagePrewarmTask -Skip " + skip + " -First 3 -PageSize 10 -Debug" + Connection, "cn-dev-1", "cn-east-1", "cn-north-1"));

        Assert.Null(result.Terminating);
        Assert.Equal(dev.Concat(east).Concat(north).Skip(skip).Take(3), result.Values(Task, "Id"));
        // cn-dev-1: the page at -Skip's offset gives its count (the rest of -Skip carries on); cn-east-1: one page; cn-north-1: none.
        Assert.Equal(1, RequestsFor(result, "cn-dev-1"));
        Assert.Equal(1, RequestsFor(result, "cn-east-1"));
        Assert.Equal(0, RequestsFor(result, "cn-north-1"));
    }

    [Fact]
    public void IncludeTotalCount_with_several_clusters_writes_one_total_the_sum_of_their_counts_before_the_tasks()
    {
        var dev = TasksOf("cn-dev-1");
        var east = TasksOf("cn-east-1");

        var result = _session.Run(Piped("Get-ImagePrewarmTask -IncludeTotalCount -First 4" + Connection, "cn-dev-1", "cn-east-1"));

        Assert.Null(result.Terminating);
        Assert.Equal((ulong)(dev.Count + east.Count), result.Output[0].BaseObject);
        Assert.Equal(1.0, result.Output[0].Properties["Accuracy"].Value);
        Assert.Equal(5, result.Output.Count);
        Assert.Equal(dev.Concat(east).Take(4), result.Values(Task, "Id"));
    }

    [Fact]
    public void First_0_with_IncludeTotalCount_and_several_clusters_writes_the_sum_alone_from_one_small_request_each()
    {
        var total = TasksOf("cn-dev-1").Count + TasksOf("cn-east-1").Count + TasksOf("cn-north-1").Count;
        _session.Emulator.Reset();

        var result = _session.Run(Piped("Get-ImagePrewarmTask -IncludeTotalCount -First 0 -Debug" + Connection, "cn-dev-1", "cn-east-1", "cn-north-1"));

        Assert.Null(result.Terminating);
        Assert.Equal((ulong)total, Assert.Single(result.Output).BaseObject);
        Assert.Equal(3, _session.Emulator.Counters.Requests(Route));
        Assert.All(result.Debug.Where(d => d.StartsWith("GET ", StringComparison.Ordinal)), d => Assert.Contains("pageSize=1&", d));
    }
}

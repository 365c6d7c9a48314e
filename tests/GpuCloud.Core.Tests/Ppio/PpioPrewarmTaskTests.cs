using GpuCloud.Core.Paging;
using GpuCloud.Core.Ppio;
using GpuCloud.Core.Tests.Support;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Ppio;

public sealed class PpioPrewarmTaskTests : IAsyncLifetime
{
    private EmulatorHost _host = null!;

    public async Task InitializeAsync() => _host = await EmulatorHost.StartAsync(new EmulatorOptions { Items = 120 });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<List<GpuCloud.Models.ImagePrewarmTask>> List(PrewarmTaskQuery query, int pageSize = 100) =>
        EmulatorClients.Ppio(_host).ListPrewarmTasksAsync(query, new PagingOptions(pageSize), EmulatorClients.Call()).ToListAsync();

    [Fact]
    public async Task Prewarm_pages_are_numbered_from_1_as_documented_whatever_the_endpoint_listings_base()
    {
        var tasks = await EmulatorClients.Ppio(_host, pageNumberBase: 0).ListPrewarmTasksAsync(new PrewarmTaskQuery(), new PagingOptions(25), EmulatorClients.Call()).ToListAsync();

        Assert.Equal(_host.CurrentIds(Listing.PpioPrewarmTasks), tasks.Select(t => t.Id));
    }

    [Fact]
    public async Task The_documents_example_records_read_with_typed_times_sizes_and_reasons()
    {
        var tasks = await List(new PrewarmTaskQuery(), pageSize: 33);

        var nginx = Assert.Single(tasks, t => t.Id == "nzd5nyi4keefsv2d");
        Assert.Equal("nginx", nginx.ImageName);
        Assert.Equal(72298048L, nginx.ImageSize);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1757656178), nginx.CreateTime);
        Assert.Equal(TimeSpan.Zero, nginx.CreateTime!.Value.Offset);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1757656207), nginx.CompleteTime);
        Assert.Empty(nginx.Reason);
        Assert.Empty(nginx.Products);
        Assert.Equal("v2测试(cn-dev-1)", nginx.ClusterName);

        var pytorch = Assert.Single(tasks, t => t.Id == "fexahnwdp4l1ajva");
        Assert.Equal(6762128493L, pytorch.ImageSize);
        Assert.Equal(new[] { "image pulled successfully" }, pytorch.Reason);
        Assert.Equal("RTX 4090 24GB 18c", Assert.Single(pytorch.Products).ProductName);
        Assert.Equal("4090.18c.60g.18c60g", pytorch.Products[0].ProductId);
    }

    [Theory]
    [InlineData("Pending")]
    [InlineData("Running")]
    [InlineData("Succeeded")]
    [InlineData("Failed")]
    public async Task The_state_filter_is_applied_by_the_server(string state)
    {
        long? total = null;
        var tasks = await EmulatorClients.Ppio(_host).ListPrewarmTasksAsync(new PrewarmTaskQuery { State = state }, new PagingOptions(7), EmulatorClients.Call(), t => total = t).ToListAsync();

        Assert.All(tasks, t => Assert.Equal(state, t.State));
        Assert.Equal(total, tasks.Count);
    }

    [Fact]
    public async Task Cluster_and_keyword_filters_are_applied_by_the_server()
    {
        var byCluster = await List(new PrewarmTaskQuery { ClusterId = "cn-dev-1" });
        Assert.NotEmpty(byCluster);
        Assert.All(byCluster, t => Assert.Equal("cn-dev-1", t.ClusterId));

        var byKeyword = await List(new PrewarmTaskQuery { Keyword = "nginx" });
        Assert.Contains(byKeyword, t => t.Id == "nzd5nyi4keefsv2d");
        Assert.All(byKeyword, t => Assert.True(t.ImageName!.Contains("nginx", StringComparison.OrdinalIgnoreCase) || (t.Note ?? "").Contains("nginx", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Several_clusters_are_one_listing_each_in_the_order_given_each_cluster_once_whatever_its_letter_case()
    {
        var diagnostics = new RecordingDiagnostics();

        var tasks = await EmulatorClients.Ppio(_host).ListPrewarmTasksAsync(new PrewarmTaskQuery { State = "Succeeded" }, new[] { "cn-east-1", "cn-dev-1", "CN-DEV-1", "cn-east-1" },
            new PagingOptions(100), EmulatorClients.Call(diagnostics)).ToListAsync();

        var east = await List(new PrewarmTaskQuery { State = "Succeeded", ClusterId = "cn-east-1" });
        var dev = await List(new PrewarmTaskQuery { State = "Succeeded", ClusterId = "cn-dev-1" });
        Assert.NotEmpty(east);
        Assert.NotEmpty(dev);
        Assert.Equal(east.Concat(dev).Select(t => t.Id), tasks.Select(t => t.Id));
        var requested = diagnostics.Debug.Where(d => d.StartsWith("GET ", StringComparison.Ordinal)).ToList();
        Assert.Single(requested, d => d.Contains("clusterId=cn-east-1 "));
        Assert.Single(requested, d => d.Contains("clusterId=cn-dev-1 "));
        Assert.DoesNotContain(requested, d => d.Contains("clusterId=CN-DEV-1"));
        Assert.All(requested, d => Assert.Contains("state=Succeeded", d));
    }

    [Fact]
    public async Task Reasons_read_the_same_whatever_shape_the_server_sends()
    {
        var tasks = await List(new PrewarmTaskQuery());

        Assert.All(tasks, t => Assert.NotNull(t.Reason));
        Assert.Contains(tasks, t => t.Reason.Count == 0);
        Assert.Contains(tasks, t => t.Reason.Count > 0);
        Assert.All(tasks.Where(t => t.State is "Succeeded" or "Failed"), t => Assert.NotNull(t.CompleteTime));
        Assert.All(tasks.Where(t => t.State is "Pending"), t => Assert.Null(t.CompleteTime));
    }
}

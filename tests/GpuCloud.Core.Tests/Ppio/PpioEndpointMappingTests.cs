using System.Net;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Http;
using GpuCloud.Core.Paging;
using GpuCloud.Core.Ppio;
using GpuCloud.Core.Tests.Http;
using GpuCloud.Core.Tests.Support;
using GpuCloud.Models;

namespace GpuCloud.Core.Tests.Ppio;

/// <summary>Every field of the documented endpoint record reaches its property, whatever the wire's spelling of it.</summary>
public sealed class PpioEndpointMappingTests
{
    private const string DocumentedRecord = """
        {"id":"ep-1","name":"sd-prod","appName":"comfyui",
         "state":{"state":"serving","error":"none","message":"ok"},
         "url":"https://ep-1.example.com",
         "workerConfig":{"minNum":1,"maxNum":"4","freeTimeout":"600","maxConcurrent":16,"gpuNum":2,"cudaVersion":"12.1"},
         "policy":{"type":"queue","value":"8"},
         "image":{"image":"ghcr.io/a/b:1","authId":"auth-9","command":"/init.sh"},
         "rootfsSize":"50",
         "volumeMounts":[{"type":"network","id":"vol-1","size":500,"mountPath":"/workspace"},{"type":"local","id":"vol-2","size":"20","mountPath":"/data"}],
         "envs":[{"key":"A","value":"1"},{"key":"B","value":""}],
         "ports":[{"port":"8188"},{"port":8080}],
         "workers":[
           {"id":"w-1","state":{"state":"running","error":"","message":""},"log":"https://log/1","metrics":"https://metrics/1","healthy":true},
           {"id":"w-2","state":{"state":"pending"},"log":"https://log/2","metrics":"https://metrics/2","healthy":false},
           {"id":"w-3","healthy":"true"}],
         "products":[{"id":"4090.16c"},{"id":"a100.32c"}],
         "healthy":{"path":"/health","initialDelay":10,"period":"15","timeout":3,"successThreshold":1,"failureThreshold":5},
         "clusterID":"cn-sh-1","log":"https://log/ep-1"}
        """;

    private static async Task<(List<GpuEndpoint> Items, RecordingDiagnostics Diagnostics)> ListAsync(string records, string total)
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, "{\"endpoints\":[" + records + "],\"total\":" + total + "}");
        var client = new PpioClient(new PpioConnection(new Uri("https://api.example.com"), new SecretText("k")), handler.Client);
        var diagnostics = new RecordingDiagnostics();
        var items = await client.ListEndpointsAsync(new PagingOptions(10), new CallContext(new RequestOptions { MaxAttempts = 1 }, diagnostics)).ToListAsync();
        return (items, diagnostics);
    }

    [Fact]
    public async Task Every_documented_field_is_mapped()
    {
        var (items, diagnostics) = await ListAsync(DocumentedRecord, "1");

        var endpoint = Assert.Single(items);
        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(CloudProvider.Ppio, endpoint.Provider);
        Assert.Equal("ep-1", endpoint.Id);
        Assert.Equal("sd-prod", endpoint.Name);
        Assert.Equal("comfyui", endpoint.AppName);
        Assert.Equal(("serving", "none", "ok"), (endpoint.State!.State, endpoint.State.Error, endpoint.State.Message));
        Assert.Equal("serving", endpoint.StateName);
        Assert.Equal("https://ep-1.example.com", endpoint.Url);
        var config = endpoint.WorkerConfig!;
        Assert.Equal((1, 4, "600", "16", 2, "12.1"), (config.MinNum, config.MaxNum, config.FreeTimeout, config.MaxConcurrent, config.GpuNum, config.CudaVersion));
        Assert.Equal(("queue", "8"), (endpoint.Policy!.Type, endpoint.Policy.Value));
        Assert.Equal(("ghcr.io/a/b:1", "auth-9", "/init.sh"), (endpoint.Image!.Image, endpoint.Image.AuthId, endpoint.Image.Command));
        Assert.Equal(50, endpoint.RootfsSize);
        Assert.Equal(
            new[] { ("network", "vol-1", (long?)500, "/workspace"), ("local", "vol-2", (long?)20, "/data") },
            endpoint.VolumeMounts.Select(m => (m.Type!, m.Id!, m.Size, m.MountPath!)));
        Assert.Equal(new[] { ("A", "1"), ("B", "") }, endpoint.Envs.Select(e => (e.Key!, e.Value!)));
        Assert.Equal(new[] { "8188", "8080" }, endpoint.Ports.Select(p => p.Port));
        Assert.Equal(new[] { "w-1", "w-2", "w-3" }, endpoint.Workers.Select(w => w.Id));
        Assert.Equal(new[] { "running", "pending", null }, endpoint.Workers.Select(w => w.State?.State));
        Assert.Equal(new[] { "https://log/1", "https://log/2", null }, endpoint.Workers.Select(w => w.Log));
        Assert.Equal(new[] { "https://metrics/1", "https://metrics/2", null }, endpoint.Workers.Select(w => w.Metrics));
        Assert.Equal(new bool?[] { true, false, true }, endpoint.Workers.Select(w => w.Healthy));
        Assert.Equal(3, endpoint.WorkerCount);
        Assert.Equal(2, endpoint.HealthyWorkerCount);
        Assert.Equal(new[] { "4090.16c", "a100.32c" }, endpoint.Products.Select(p => p.Id));
        var health = endpoint.Healthy!;
        Assert.Equal(("/health", 10, 15, 3, 1, 5), (health.Path, health.InitialDelay, health.Period, health.Timeout, health.SuccessThreshold, health.FailureThreshold));
        Assert.Equal("cn-sh-1", endpoint.ClusterId);
        Assert.Equal("https://log/ep-1", endpoint.Log);
    }

    [Fact]
    public async Task Names_match_whatever_their_case_or_escaping_and_unknown_fields_are_ignored()
    {
        const string record = """
            {"extra":{"nested":[1,{"id":"not-this"}]},"ID":"ep-2","Name":"x","clusterId":"cn-bj-1",
             "\u0073tate":{"STATE":"stopped","unknown":[[]]},"workers":[{"id":"w","healthy":true,"more":{}}],"tail":[{"id":"nor-this"}]}
            """;

        var (items, diagnostics) = await ListAsync(record, "1");

        var endpoint = Assert.Single(items);
        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(("ep-2", "x", "cn-bj-1", "stopped"), (endpoint.Id, endpoint.Name, endpoint.ClusterId, endpoint.StateName));
        Assert.Equal(1, endpoint.HealthyWorkerCount);
    }

    [Fact]
    public async Task Missing_and_null_fields_are_empty_without_warnings()
    {
        const string records = """
            {"id":"ep-3","state":null,"workerConfig":null,"volumeMounts":null,"workers":null,"healthy":null,"rootfsSize":null,"name":null},
            {"id":"ep-4"}
            """;

        var (items, diagnostics) = await ListAsync(records, "2");

        Assert.Empty(diagnostics.Warnings);
        Assert.All(items, endpoint =>
        {
            Assert.Null(endpoint.State);
            Assert.Null(endpoint.StateName);
            Assert.Null(endpoint.WorkerConfig);
            Assert.Null(endpoint.Policy);
            Assert.Null(endpoint.Image);
            Assert.Null(endpoint.Healthy);
            Assert.Null(endpoint.RootfsSize);
            Assert.Null(endpoint.Name);
            Assert.Empty(endpoint.VolumeMounts);
            Assert.Empty(endpoint.Workers);
            Assert.Empty(endpoint.Envs);
            Assert.Equal(0, endpoint.WorkerCount);
        });
    }

    [Fact]
    public async Task An_unreadable_scalar_is_empty_and_the_warning_names_the_record_even_when_its_id_comes_last()
    {
        const string record = """{"rootfsSize":"big","workers":[{"id":"w","healthy":"maybe"}],"workerConfig":{"gpuNum":[2]},"id":"ep-5"}""";

        var (items, diagnostics) = await ListAsync(record, "1");

        var endpoint = Assert.Single(items);
        Assert.Null(endpoint.RootfsSize);
        Assert.Null(endpoint.Workers[0].Healthy);
        Assert.Null(endpoint.WorkerConfig!.GpuNum);
        Assert.Equal(3, diagnostics.Warnings.Count);
        Assert.All(diagnostics.Warnings, w => Assert.Contains("PPIO endpoint 'ep-5'", w));
        Assert.Contains(diagnostics.Warnings, w => w.Contains("'rootfsSize'") && w.Contains("'big'"));
        Assert.Contains(diagnostics.Warnings, w => w.Contains("'workers.healthy'") && w.Contains("'maybe'"));
        Assert.Contains(diagnostics.Warnings, w => w.Contains("'workerConfig.gpuNum'") && w.Contains("an array"));
    }

    [Fact]
    public async Task An_id_of_the_wrong_shape_is_empty_and_the_record_is_named_by_what_came_as_before()
    {
        var (items, diagnostics) = await ListAsync("""{"id":{"v":1},"name":"x"}""", "1");

        Assert.Null(Assert.Single(items).Id);
        Assert.Equal(
            new[] { "PPIO endpoint 'an object': field 'id' should be text but the server sent an object; it is left empty." },
            diagnostics.Warnings);
    }

    [Fact]
    public async Task A_nested_list_element_that_is_no_record_is_left_out_with_a_warning_and_a_null_record_is_skipped()
    {
        const string records = """
            null,
            {"id":"ep-6","workers":["w-0",{"id":"w-1","healthy":true},null,7],"ports":[{"port":"80"}]}
            """;

        var (items, diagnostics) = await ListAsync(records, "1");

        var endpoint = Assert.Single(items);
        Assert.Equal(new[] { "w-1" }, endpoint.Workers.Select(w => w.Id));
        Assert.Equal((1, 1), (endpoint.WorkerCount, endpoint.HealthyWorkerCount));
        Assert.Equal(new[] { "80" }, endpoint.Ports.Select(p => p.Port));
        Assert.Equal(
            new[]
            {
                "PPIO endpoint 'ep-6': field 'workers' should be an object but the server sent a number; it is left empty.",
                "PPIO endpoint 'ep-6': field 'workers' should be an object but the server sent a string; it is left empty.",
            },
            diagnostics.Warnings.OrderBy(w => w, StringComparer.Ordinal));
    }
}

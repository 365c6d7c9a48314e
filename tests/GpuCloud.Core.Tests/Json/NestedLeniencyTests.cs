using System.Net;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Http;
using GpuCloud.Core.Paging;
using GpuCloud.Core.Ppio;
using GpuCloud.Core.Tests.Http;
using GpuCloud.Core.Tests.Support;

namespace GpuCloud.Core.Tests.Json;

/// <summary>A nested field of an unexpected type becomes $null with a warning naming it; the page still reads.</summary>
public sealed class NestedLeniencyTests
{
    private const string Page = """
        {"endpoints":[
          {"id":"e1","name":"odd","state":"running","workerConfig":[1,2],"workers":"none","volumeMounts":{"a":1},"healthy":{"path":"/h","period":"10"}},
          {"id":"e2","name":"fine","state":{"state":"serving"},"workers":[{"id":"w1","state":{"state":"running"},"healthy":true}]}
        ],"total":2}
        """;

    [Fact]
    public async Task Unexpected_nested_types_are_left_empty_and_named_in_warnings()
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, Page);
        var client = new PpioClient(new PpioConnection(new Uri("https://api.example.com"), new SecretText("k")), handler.Client);
        var diagnostics = new RecordingDiagnostics();

        var items = await client.ListEndpointsAsync(new PagingOptions(10), new CallContext(new RequestOptions { MaxAttempts = 1 }, diagnostics)).ToListAsync();

        Assert.Equal(2, items.Count);
        var odd = items[0];
        Assert.Null(odd.State);
        Assert.Null(odd.StateName);
        Assert.Null(odd.WorkerConfig);
        Assert.Empty(odd.Workers);
        Assert.Empty(odd.VolumeMounts);
        Assert.Equal(10, odd.Healthy!.Period);
        Assert.Equal("serving", items[1].StateName);
        Assert.Equal(1, items[1].HealthyWorkerCount);
        foreach (var field in new[] { "'state'", "'workerConfig'", "'workers'", "'volumeMounts'" })
        {
            Assert.Contains(diagnostics.Warnings, w => w.Contains(field) && w.Contains("PPIO endpoint 'e1'"));
        }

        Assert.Equal(4, diagnostics.Warnings.Count);
    }
}

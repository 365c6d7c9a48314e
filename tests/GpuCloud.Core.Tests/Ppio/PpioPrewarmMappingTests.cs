using System.Net;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Http;
using GpuCloud.Core.Paging;
using GpuCloud.Core.Ppio;
using GpuCloud.Core.Tests.Http;
using GpuCloud.Core.Tests.Support;
using GpuCloud.Models;

namespace GpuCloud.Core.Tests.Ppio;

/// <summary>Every field of the documented prewarm task record reaches its property, whatever the wire's spelling of it.</summary>
public sealed class PpioPrewarmMappingTests
{
    private const string DocumentedRecord = """
        {"id":"fexahnwdp4l1ajva","imageName":"pytorch","imageUrl":"test-image.ppinfra.com/test-public/pytorch:v2",
         "repositoryAuth":"auth-3","clusterId":"cn-dev-1","clusterName":"v2测试(cn-dev-1)",
         "products":[{"productId":"4090.18c.60g.18c60g","productName":"RTX 4090 24GB 18c"},{"productId":"a100.32c","productName":"A100 80GB"}],
         "imageSize":"6762128493","createTime":"1756361365","state":"Succeeded","completeTime":1756361371,
         "note":"nightly","reason":["image pulled successfully"]}
        """;

    private static async Task<(List<ImagePrewarmTask> Items, RecordingDiagnostics Diagnostics)> ListAsync(string records, string total)
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, "{\"data\":[" + records + "],\"total\":" + total + "}");
        var client = new PpioClient(new PpioConnection(new Uri("https://api.example.com"), new SecretText("k")), handler.Client);
        var diagnostics = new RecordingDiagnostics();
        var items = await client.ListPrewarmTasksAsync(new PrewarmTaskQuery(), new PagingOptions(10), new CallContext(new RequestOptions { MaxAttempts = 1 }, diagnostics)).ToListAsync();
        return (items, diagnostics);
    }

    [Fact]
    public async Task Every_documented_field_is_mapped()
    {
        var (items, diagnostics) = await ListAsync(DocumentedRecord, "1");

        var task = Assert.Single(items);
        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(CloudProvider.Ppio, task.Provider);
        Assert.Equal("fexahnwdp4l1ajva", task.Id);
        Assert.Equal("pytorch", task.ImageName);
        Assert.Equal("test-image.ppinfra.com/test-public/pytorch:v2", task.ImageUrl);
        Assert.Equal("auth-3", task.RepositoryAuth);
        Assert.Equal("cn-dev-1", task.ClusterId);
        Assert.Equal("v2测试(cn-dev-1)", task.ClusterName);
        Assert.Equal(
            new[] { ("4090.18c.60g.18c60g", "RTX 4090 24GB 18c"), ("a100.32c", "A100 80GB") },
            task.Products.Select(p => (p.ProductId!, p.ProductName!)));
        Assert.Equal(6762128493L, task.ImageSize);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1756361365), task.CreateTime);
        Assert.Equal(TimeSpan.Zero, task.CreateTime!.Value.Offset);
        Assert.Equal("Succeeded", task.State);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1756361371), task.CompleteTime);
        Assert.Equal("nightly", task.Note);
        Assert.Equal(new[] { "image pulled successfully" }, task.Reason);
    }

    [Fact]
    public async Task Names_match_whatever_their_case_or_escaping_and_unknown_fields_are_ignored()
    {
        const string record = """
            {"extra":{"id":"not-this","products":[{"productId":"nor-this"}]},"ID":"t-2","ImageName":"nginx","\u0063lusterId":"cn-bj-1",
             "PRODUCTS":[{"PRODUCTID":"p-1","productname":"P 1","more":[{}]}],"IMAGESIZE":7,"Reason":{"Message":"pull failed"},"tail":[[1]]}
            """;

        var (items, diagnostics) = await ListAsync(record, "1");

        var task = Assert.Single(items);
        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(("t-2", "nginx", "cn-bj-1", (long?)7), (task.Id, task.ImageName, task.ClusterId, task.ImageSize));
        Assert.Equal(("p-1", "P 1"), (Assert.Single(task.Products).ProductId, task.Products[0].ProductName));
        Assert.Equal(new[] { "Message: pull failed" }, task.Reason);
    }

    [Theory]
    [InlineData("[]", new string[0])]
    [InlineData("[\"image pulled successfully\"]", new[] { "image pulled successfully" })]
    [InlineData("{}", new string[0])]
    [InlineData("{\"message\":\"pull failed\"}", new[] { "message: pull failed" })]
    [InlineData("{\"message\":\"pull failed\",\"code\":7,\"gone\":null}", new[] { "message: pull failed", "code: 7" })]
    [InlineData("\"plain text\"", new[] { "plain text" })]
    [InlineData("\"\"", new string[0])]
    [InlineData("[\"a\", 2, {\"k\":1}, null, true, [\"x\"]]", new[] { "a", "2", "{\"k\":1}", "true", "[\"x\"]" })]
    [InlineData("null", new string[0])]
    public async Task Reasons_read_alike_whatever_their_shape(string wire, string[] expected)
    {
        var (items, diagnostics) = await ListAsync("{\"id\":\"t-r\",\"reason\":" + wire + "}", "1");

        Assert.Equal(expected, Assert.Single(items).Reason);
        Assert.Empty(diagnostics.Warnings);
    }

    [Fact]
    public async Task Missing_and_null_fields_are_empty_without_warnings()
    {
        const string records = """
            {"id":"t-3","imageName":null,"products":null,"imageSize":null,"createTime":null,"completeTime":"0","state":null,"reason":null,"note":""},
            {"id":"t-4","imageSize":"--","products":[null,{"productId":null}]},
            {}
            """;

        var (items, diagnostics) = await ListAsync(records, "3");

        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(new[] { "t-3", "t-4", null }, items.Select(t => t.Id));
        Assert.All(items, task =>
        {
            Assert.Null(task.ImageName);
            Assert.Null(task.ImageUrl);
            Assert.Null(task.RepositoryAuth);
            Assert.Null(task.ClusterId);
            Assert.Null(task.ClusterName);
            Assert.Null(task.ImageSize);
            Assert.Null(task.CreateTime);
            Assert.Null(task.CompleteTime);
            Assert.Null(task.State);
            Assert.Empty(task.Reason);
        });
        Assert.Empty(items[0].Products);
        Assert.Equal("", items[0].Note);
        Assert.Null(Assert.Single(items[1].Products).ProductId);
        Assert.Empty(items[2].Products);
    }

    [Fact]
    public async Task An_unreadable_field_is_empty_and_the_warning_names_the_record_even_when_its_id_comes_last()
    {
        const string records = """
            {"imageSize":"big","createTime":{"at":1},"products":[{"productId":["x"],"productName":"kept"}],"state":[],"id":"t-5"},
            {"products":"none","completeTime":true,"id":"t-6"}
            """;

        var (items, diagnostics) = await ListAsync(records, "2");

        Assert.Equal(2, items.Count);
        Assert.Null(items[0].ImageSize);
        Assert.Null(items[0].CreateTime);
        Assert.Null(items[0].State);
        Assert.Null(items[0].Products[0].ProductId);
        Assert.Equal("kept", items[0].Products[0].ProductName);
        Assert.Empty(items[1].Products);
        Assert.Null(items[1].CompleteTime);
        Assert.Equal(
            new[]
            {
                "PPIO prewarm task 't-5': field 'createTime' should be a whole number but the server sent an object; it is left empty.",
                "PPIO prewarm task 't-5': field 'imageSize' should be a whole number but the server sent 'big'; it is left empty.",
                "PPIO prewarm task 't-5': field 'products.productId' should be text but the server sent an array; it is left empty.",
                "PPIO prewarm task 't-5': field 'state' should be text but the server sent an array; it is left empty.",
                "PPIO prewarm task 't-6': field 'completeTime' should be a whole number but the server sent 'true'; it is left empty.",
                "PPIO prewarm task 't-6': field 'products' should be a list but the server sent a string; it is left empty.",
            },
            diagnostics.Warnings.OrderBy(w => w, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_id_of_the_wrong_shape_is_empty_and_the_record_is_named_by_what_came_as_before()
    {
        var (items, diagnostics) = await ListAsync("""{"id":{"v":1},"imageName":"nginx"}""", "1");

        Assert.Null(Assert.Single(items).Id);
        Assert.Equal(
            new[] { "PPIO prewarm task 'an object': field 'id' should be text but the server sent an object; it is left empty." },
            diagnostics.Warnings);
    }
}

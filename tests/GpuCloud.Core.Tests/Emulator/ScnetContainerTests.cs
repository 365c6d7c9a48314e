using System.Globalization;
using System.Net;
using System.Text.Json;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Emulator;

public sealed class ScnetContainerTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await emulator.ScnetGetAsync(path, emulator.Host.IssueScnetToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await EmulatorFixture.JsonAsync(response);
    }

    [Fact]
    public async Task Document_container_is_served_verbatim()
    {
        var body = await GetAsync("/ai/openapi/v2/instance-service/4c1f43ddb030483e89b55413bee6c004/detail");
        Assert.Equal(
            """{"code":"0","msg":"SUCCESS","data":{"id":"4c1f43ddb030483e89b55413bee6c004","headerNotebookId":"1a07f501dc89459686996a26ef521abb","instanceServiceName":"Instances_2205113837","currentIndex":2,"gpuNumber":1,"cpuNumber":3,"ramSize":15360,"acceleratorType":"gpu","resourceGroup":"TeslaM40","resourceSpec":"3 核心; 1 加速器; 15.0G 内存","taskNumber":1,"timeoutLimit":"unlimited","userName":"magic2","version":"jupyter:4.4-py3.7-cpu","imagePath":"10.0.35.26:5000/gpu/admin/base/jupyter:4.4-py3.7-cpu","status":"Waiting","taskType":"ssh","description":"","createTime":"2022-05-11 19:30:34","startTime":null,"endTime":null,"duration":"--","remainingTime":"--","tensorboardId":null,"tensorboardPath":null,"mountInfoList":[],"containerPortInfoList":[],"useStartScript":false,"startScriptContent":"","startScriptPath":null,"startScriptActionScope":"all","headerNotebookIp":null}}""",
            JsonSerializer.Serialize(body, Relaxed));
    }

    [Fact]
    public async Task Generated_containers_have_all_fields_china_times_and_quota_records()
    {
        var ids = emulator.Host.CurrentIds(Listing.ScnetContainers);
        Assert.Equal(1 + 250 / 5, ids.Count);
        Assert.Equal("4c1f43ddb030483e89b55413bee6c004", ids[0]);
        var containers = new List<JsonElement>();
        foreach (var id in ids.Skip(1))
        {
            Assert.Matches("^[0-9a-f]{32}$", id);
            var body = await GetAsync($"/ai/openapi/v2/instance-service/{id}/detail");
            Assert.Equal("0", body.GetProperty("code").GetString());
            containers.Add(body.GetProperty("data"));
        }

        var documentFields = JsonDocument.Parse(JsonSerializer.Serialize((await GetAsync("/ai/openapi/v2/instance-service/4c1f43ddb030483e89b55413bee6c004/detail")).GetProperty("data")))
            .RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        foreach (var c in containers)
        {
            Assert.Equal(documentFields, c.EnumerateObject().Select(p => p.Name));
            Assert.True(DateTime.TryParseExact(c.GetProperty("createTime").GetString(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            if (c.GetProperty("startTime").ValueKind == JsonValueKind.String)
            {
                Assert.True(DateTime.TryParseExact(c.GetProperty("startTime").GetString(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
                Assert.Matches("^[0-9]{2,}:[0-5][0-9]:[0-5][0-9]$", c.GetProperty("duration").GetString());
                Assert.True(DateTime.ParseExact(c.GetProperty("startTime").GetString()!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
                    <= DateTimeOffset.FromUnixTimeMilliseconds(GpuCloud.Emulator.Data.DataClock.AnchorMs).ToOffset(TimeSpan.FromHours(8)).DateTime);
            }
            else
            {
                Assert.Equal("--", c.GetProperty("duration").GetString());
            }
            var quota = await GetAsync($"/ai/openapi/v2/instance-service/resources?acceleratorType={c.GetProperty("acceleratorType").GetString()}&resourceGroup={c.GetProperty("resourceGroup").GetString()}");
            Assert.Equal("0", quota.GetProperty("code").GetString());
        }
        Assert.Contains(containers, c => c.GetProperty("startTime").ValueKind == JsonValueKind.Null);
        Assert.Contains(containers, c => c.GetProperty("endTime").ValueKind == JsonValueKind.String);
        Assert.Contains(containers, c => c.GetProperty("mountInfoList").GetArrayLength() > 0);
        Assert.Contains(containers, c => c.GetProperty("containerPortInfoList").GetArrayLength() > 0);
        Assert.True(containers.Select(c => c.GetProperty("resourceGroup").GetString()).Distinct().Count() >= 3);
        var port = containers.First(c => c.GetProperty("containerPortInfoList").GetArrayLength() > 0).GetProperty("containerPortInfoList")[0];
        Assert.Equal(JsonValueKind.String, port.GetProperty("containerPort").ValueKind);
        Assert.Equal(JsonValueKind.String, port.GetProperty("accessUrl").ValueKind);
        Assert.Equal(JsonValueKind.String, port.GetProperty("protocolType").ValueKind);
    }

    [Fact]
    public async Task Unknown_container_is_10004_naming_it()
    {
        var body = await GetAsync("/ai/openapi/v2/instance-service/ffffffffffffffffffffffffffffffff/detail");
        Assert.Equal("10004", body.GetProperty("code").GetString());
        Assert.Contains("ffffffffffffffffffffffffffffffff", body.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Document_quota_is_served_verbatim()
    {
        var body = await GetAsync("/ai/openapi/v2/instance-service/resources?resourceGroup=TeslaM40&acceleratorType=gpu");
        Assert.Equal(
            """{"code":"0","msg":"success","data":{"id":null,"cpuNumber":40,"mluLimits":0,"dcuLimits":0,"nvLimits":0,"gpuNumber":2,"memorySize":31888,"resourceGroup":"TeslaM40","userName":null,"nodeNumber":1,"maxTime":"unlimited"}}""",
            JsonSerializer.Serialize(body));
    }

    [Theory]
    [InlineData("A800", "gpu", "nvLimits")]
    [InlineData("K100", "dcu", "dcuLimits")]
    [InlineData("MLU370", "mlu", "mluLimits")]
    public async Task Other_resource_groups_have_quotas(string group, string accelerator, string limitField)
    {
        var body = await GetAsync($"/ai/openapi/v2/instance-service/resources?resourceGroup={group}&acceleratorType={accelerator}");
        Assert.Equal("0", body.GetProperty("code").GetString());
        Assert.Equal(group, body.GetProperty("data").GetProperty("resourceGroup").GetString());
        Assert.True(body.GetProperty("data").GetProperty(limitField).GetInt32() > 0);
    }

    [Theory]
    [InlineData("?resourceGroup=TeslaM40", "10003", "acceleratorType")]
    [InlineData("?acceleratorType=gpu", "10003", "resourceGroup")]
    [InlineData("", "10003", "acceleratorType")]
    [InlineData("?resourceGroup=Nope&acceleratorType=gpu", "10004", "Nope")]
    [InlineData("?resourceGroup=TeslaM40&acceleratorType=dcu", "10004", "dcu")]
    public async Task Quota_parameter_errors(string query, string code, string named)
    {
        var body = await GetAsync("/ai/openapi/v2/instance-service/resources" + query);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Contains(named, body.GetProperty("msg").GetString());
    }
}

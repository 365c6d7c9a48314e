using System.Net;
using System.Text.Json;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Emulator;

public sealed class PpioEndpointTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string Path = "/gpu-instance/openapi/v1/endpoint";

    [Fact]
    public async Task Missing_key_is_401_with_invalid_api_key_body()
    {
        using var response = await emulator.PpioGetAsync(Path, apiKey: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal(401, body.GetProperty("code").GetInt32());
        Assert.Equal("INVALID_API_KEY", body.GetProperty("reason").GetString());
        Assert.Equal("invalid api-key", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Wrong_key_is_403_with_the_same_body_shape()
    {
        using var response = await emulator.PpioGetAsync(Path, apiKey: "not-the-key");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal(403, body.GetProperty("code").GetInt32());
        Assert.Equal("INVALID_API_KEY", body.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Non_bearer_authorization_is_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.TryAddWithoutValidation("Authorization", emulator.Options.PpioApiKey);
        using var response = await emulator.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Default_page_is_ten_newest_endpoints_with_total()
    {
        using var response = await emulator.PpioGetAsync(Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal(250, body.GetProperty("total").GetInt32());
        var ids = body.GetProperty("endpoints").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToArray();
        Assert.Equal(emulator.Host.CurrentIds(Listing.PpioEndpoints).Take(10), ids);
    }

    [Fact]
    public async Task Every_documented_field_is_present_with_its_wire_type()
    {
        using var response = await emulator.PpioGetAsync(Path + "?pageSize=100");
        var endpoints = (await EmulatorFixture.JsonAsync(response)).GetProperty("endpoints").EnumerateArray().ToArray();
        Assert.Equal(100, endpoints.Length);
        foreach (var e in endpoints)
        {
            foreach (var name in new[] { "id", "name", "appName", "url", "clusterID", "log" })
            {
                Assert.Equal(JsonValueKind.String, e.GetProperty(name).ValueKind);
            }
            Assert.Matches("^[a-z0-9]{16}$", e.GetProperty("id").GetString()!);
            var state = e.GetProperty("state");
            Assert.All(new[] { "state", "error", "message" }, n => Assert.Equal(JsonValueKind.String, state.GetProperty(n).ValueKind));
            var config = e.GetProperty("workerConfig");
            Assert.Equal(JsonValueKind.Number, config.GetProperty("minNum").ValueKind);
            Assert.Equal(JsonValueKind.Number, config.GetProperty("maxNum").ValueKind);
            Assert.Equal(JsonValueKind.String, config.GetProperty("freeTimeout").ValueKind);
            Assert.Equal(JsonValueKind.String, config.GetProperty("maxConcurrent").ValueKind);
            Assert.Equal(JsonValueKind.Number, config.GetProperty("gpuNum").ValueKind);
            Assert.Equal(JsonValueKind.String, config.GetProperty("cudaVersion").ValueKind);
            Assert.Equal(JsonValueKind.String, e.GetProperty("policy").GetProperty("type").ValueKind);
            Assert.Equal(JsonValueKind.String, e.GetProperty("policy").GetProperty("value").ValueKind);
            Assert.All(new[] { "image", "authId", "command" }, n => Assert.Equal(JsonValueKind.String, e.GetProperty("image").GetProperty(n).ValueKind));
            Assert.Equal(JsonValueKind.Number, e.GetProperty("rootfsSize").ValueKind);
            foreach (var mount in e.GetProperty("volumeMounts").EnumerateArray())
            {
                Assert.Equal(JsonValueKind.Number, mount.GetProperty("size").ValueKind);
                Assert.Equal(JsonValueKind.String, mount.GetProperty("mountPath").ValueKind);
                Assert.Equal(JsonValueKind.String, mount.GetProperty("type").ValueKind);
                Assert.Equal(JsonValueKind.String, mount.GetProperty("id").ValueKind);
            }
            Assert.NotEmpty(e.GetProperty("envs").EnumerateArray());
            Assert.All(e.GetProperty("envs").EnumerateArray(), env => Assert.Equal(JsonValueKind.String, env.GetProperty("value").ValueKind));
            Assert.All(e.GetProperty("ports").EnumerateArray(), port => Assert.Equal(JsonValueKind.String, port.GetProperty("port").ValueKind));
            foreach (var worker in e.GetProperty("workers").EnumerateArray())
            {
                Assert.Equal(JsonValueKind.String, worker.GetProperty("state").GetProperty("state").ValueKind);
                Assert.Contains(worker.GetProperty("healthy").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
                Assert.Equal(JsonValueKind.String, worker.GetProperty("log").ValueKind);
                Assert.Equal(JsonValueKind.String, worker.GetProperty("metrics").ValueKind);
            }
            Assert.NotEmpty(e.GetProperty("products").EnumerateArray());
            var healthy = e.GetProperty("healthy");
            Assert.Equal(JsonValueKind.String, healthy.GetProperty("path").ValueKind);
            Assert.All(new[] { "initialDelay", "period", "timeout", "successThreshold", "failureThreshold" }, n => Assert.Equal(JsonValueKind.Number, healthy.GetProperty(n).ValueKind));
        }
        Assert.Contains(endpoints, e => e.GetProperty("workers").GetArrayLength() > 0);
        Assert.Contains(endpoints, e => e.GetProperty("clusterID").GetString()!.Length > 0);
        Assert.True(endpoints.Select(e => e.GetProperty("state").GetProperty("state").GetString()).Distinct().Count() > 1);
        Assert.Contains(endpoints, e => e.GetProperty("products")[0].GetProperty("id").GetString() == "4090.18c.60g.18c60g");
    }

    [Fact]
    public async Task Pages_with_base_one_cover_the_listing_exactly_once()
    {
        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            using var response = await emulator.PpioGetAsync($"{Path}?pageSize=100&pageNum={page}");
            var body = await EmulatorFixture.JsonAsync(response);
            seen.AddRange(body.GetProperty("endpoints").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
        }
        Assert.Equal(emulator.Host.CurrentIds(Listing.PpioEndpoints), seen);
    }

    [Fact]
    public async Task Page_past_the_end_is_empty_with_total()
    {
        using var response = await emulator.PpioGetAsync($"{Path}?pageSize=100&pageNum=9");
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal(0, body.GetProperty("endpoints").GetArrayLength());
        Assert.Equal(250, body.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Page_size_above_the_maximum_is_silently_clamped()
    {
        using var response = await emulator.PpioGetAsync($"{Path}?pageSize=1000");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100, (await EmulatorFixture.JsonAsync(response)).GetProperty("endpoints").GetArrayLength());
    }

    [Theory]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=-5", "pageSize")]
    [InlineData("pageNum=-1", "pageNum")]
    [InlineData("pageNum=0", "pageNum")]
    [InlineData("pageNum=1.5", "pageNum")]
    [InlineData("pageNum=99999999999999999999", "pageNum")]
    public async Task Bad_parameters_are_400_invalid_argument_naming_the_parameter(string query, string parameter)
    {
        using var response = await emulator.PpioGetAsync($"{Path}?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal(400, body.GetProperty("code").GetInt32());
        Assert.Equal("INVALID_ARGUMENT", body.GetProperty("reason").GetString());
        Assert.Contains(parameter, body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Page_number_base_zero_serves_the_first_page_at_zero()
    {
        await using var zeroBased = await EmulatorFixture.StartAsync(new EmulatorOptions { Items = 30, PpioPageNumBase = 0 });
        var seen = new List<string>();
        for (var page = 0; page < 3; page++)
        {
            using var response = await zeroBased.PpioGetAsync($"{Path}?pageSize=10&pageNum={page}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seen.AddRange((await EmulatorFixture.JsonAsync(response)).GetProperty("endpoints").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
        }
        Assert.Equal(zeroBased.Host.CurrentIds(Listing.PpioEndpoints), seen);

        using var absent = await zeroBased.PpioGetAsync($"{Path}?pageSize=10");
        var first = (await EmulatorFixture.JsonAsync(absent)).GetProperty("endpoints")[0].GetProperty("id").GetString();
        Assert.Equal(seen[0], first);
    }

    [Fact]
    public async Task Max_page_size_is_a_setting()
    {
        await using var small = await EmulatorFixture.StartAsync(new EmulatorOptions { Items = 30, PpioMaxPageSize = 7 });
        using var response = await small.PpioGetAsync($"{Path}?pageSize=50");
        Assert.Equal(7, (await EmulatorFixture.JsonAsync(response)).GetProperty("endpoints").GetArrayLength());
    }
}

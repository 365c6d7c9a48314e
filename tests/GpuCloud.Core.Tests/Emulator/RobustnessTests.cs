using System.Net;
using System.Text.Json;

namespace GpuCloud.Core.Tests.Emulator;

public sealed class RobustnessTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Unknown_ppio_path_is_404_in_ppio_shape()
    {
        using var response = await emulator.PpioGetAsync("/gpu-instance/openapi/v1/nothing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal(404, body.GetProperty("code").GetInt32());
        Assert.Equal("NOT_FOUND", body.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Unknown_scnet_path_is_404_in_scnet_shape()
    {
        using var response = await emulator.ScnetGetAsync("/ai/openapi/v2/nothing", emulator.Host.IssueScnetToken());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal(JsonValueKind.String, body.GetProperty("code").ValueKind);
        Assert.True(body.TryGetProperty("msg", out _));
    }

    [Fact]
    public async Task Unknown_modelarts_path_is_404_in_gateway_shape_with_request_id()
    {
        using var response = await emulator.Client.GetAsync("/v1/abc/nothing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.Contains("X-Request-Id"));
        Assert.StartsWith("APIGW.", (await EmulatorFixture.JsonAsync(response)).GetProperty("error_code").GetString());
    }

    [Fact]
    public async Task Wrong_method_is_a_4xx_with_a_provider_body()
    {
        using var response = await emulator.Client.DeleteAsync("/gpu-instance/openapi/v1/endpoint");
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        Assert.Equal((int)response.StatusCode, (await EmulatorFixture.JsonAsync(response)).GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("/gpu-instance/openapi/v1/endpoint?pageSize=%00&pageNum=%FF")]
    [InlineData("/gpu-instance/openapi/v1/endpoint?pageSize=2147483648&pageNum=2147483647")]
    [InlineData("/gpu-instance/openapi/v1/endpoint?pageSize=100&pageNum=9223372036854775807")]
    [InlineData("/gpu-instance/openapi/v1/image/prewarm?page=999999999999&pageSize=100&name=%E4%B8%AD")]
    [InlineData("/ai/openapi/v2/instance-service/%2F%2E%2E/detail")]
    [InlineData("/ai/openapi/v2/instance-service/resources?acceleratorType=&resourceGroup=")]
    [InlineData("/v1/0b1c7d0e5a8f4d2c9e3b6a1f4c2d8e7a/dev-servers/hyperinstance?offset=2147483647&limit=1024")]
    [InlineData("/v1/0b1c7d0e5a8f4d2c9e3b6a1f4c2d8e7a/dev-servers/hyperinstance?limit=&offset=&sort_key=&sort_dir=")]
    [InlineData("/v3/auth/tokens")]
    [InlineData("/")]
    [InlineData("/_emulator/nothing")]
    public async Task Odd_requests_never_give_a_500(string pathAndQuery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + emulator.Options.PpioApiKey);
        request.Headers.TryAddWithoutValidation("token", emulator.Host.IssueScnetToken());
        request.Headers.TryAddWithoutValidation("X-Auth-Token", emulator.Host.IssueIamToken());
        using var response = await emulator.Client.SendAsync(request);
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {pathAndQuery}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        if (text.Length > 0)
        {
            using var _ = JsonDocument.Parse(text);
        }
    }

    [Fact]
    public async Task Empty_iam_body_is_400_not_500()
    {
        using var response = await emulator.Client.PostAsync("/v3/auth/tokens", new StringContent("", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Concurrent_paging_is_consistent()
    {
        var tasks = Enumerable.Range(1, 3).Select(async page =>
        {
            using var response = await emulator.PpioGetAsync($"/gpu-instance/openapi/v1/endpoint?pageSize=100&pageNum={page}");
            return (await EmulatorFixture.JsonAsync(response)).GetProperty("endpoints").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();
        });
        var pages = await Task.WhenAll(tasks);
        Assert.Equal(emulator.Host.CurrentIds(GpuCloud.Emulator.Listing.PpioEndpoints), pages.SelectMany(p => p));
    }
}

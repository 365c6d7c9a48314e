using System.Buffers.Text;
using System.Net;
using System.Text.Json;

namespace GpuCloud.Core.Tests.Emulator;

public sealed class ScnetAuthTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string DetailPath = "/ai/openapi/v2/instance-service/4c1f43ddb030483e89b55413bee6c004/detail";

    private async Task<JsonElement> LoginAsync(string? user = null, string? password = null, string? orgId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/ac/openapi/v2/tokens");
        if (user != "")
        {
            request.Headers.TryAddWithoutValidation("user", user ?? emulator.Options.ScnetUser);
        }
        request.Headers.TryAddWithoutValidation("password", password ?? emulator.Options.ScnetPassword);
        request.Headers.TryAddWithoutValidation("orgId", orgId ?? emulator.Options.ScnetOrgId);
        using var response = await emulator.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await EmulatorFixture.JsonAsync(response);
    }

    private static JsonElement Payload(string token)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        Assert.Equal("HS256", header.RootElement.GetProperty("alg").GetString());
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        return payload.RootElement.Clone();
    }

    [Fact]
    public async Task Login_returns_one_token_per_cluster_including_the_platform_token()
    {
        var body = await LoginAsync();
        Assert.Equal("0", body.GetProperty("code").GetString());
        Assert.Equal("success", body.GetProperty("msg").GetString());
        var entries = body.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(["0", "11112", "11276"], entries.Select(e => e.GetProperty("clusterId").GetString()));
        Assert.Equal(["platform", "华东一区【昆山】", "西北一区【西安】"], entries.Select(e => e.GetProperty("clusterName").GetString()));
        foreach (var entry in entries)
        {
            var payload = Payload(entry.GetProperty("token").GetString()!);
            Assert.Equal(entry.GetProperty("clusterId").GetString(), payload.GetProperty("clusterId").GetString());
            Assert.Equal(JsonValueKind.String, payload.GetProperty("expireTime").ValueKind);
            var expires = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(payload.GetProperty("expireTime").GetString()!));
            Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
            Assert.Equal("emulator", payload.GetProperty("user").GetString());
            Assert.True(payload.TryGetProperty("userId", out _));
        }
    }

    [Theory]
    [InlineData("emulator", "wrong", "emulator-org")]
    [InlineData("someone", "emulator-password", "emulator-org")]
    [InlineData("emulator", "emulator-password", "other-org")]
    public async Task Bad_credentials_are_code_10008(string user, string password, string orgId)
    {
        var body = await LoginAsync(user, password, orgId);
        Assert.Equal("10008", body.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Missing_credential_header_is_code_10003()
    {
        var body = await LoginAsync(user: "");
        Assert.Equal("10003", body.GetProperty("code").GetString());
        Assert.Contains("user", body.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Cluster_token_from_login_reads_the_ai_service()
    {
        var token = (await LoginAsync()).GetProperty("data")[1].GetProperty("token").GetString();
        using var response = await emulator.ScnetGetAsync(DetailPath, token);
        Assert.Equal("0", (await EmulatorFixture.JsonAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Platform_token_is_rejected_by_the_ai_service_with_10009()
    {
        var token = (await LoginAsync()).GetProperty("data")[0].GetProperty("token").GetString();
        foreach (var path in new[] { DetailPath, "/ai/openapi/v2/instance-service/resources?acceleratorType=gpu&resourceGroup=TeslaM40" })
        {
            using var response = await emulator.ScnetGetAsync(path, token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await EmulatorFixture.JsonAsync(response);
            Assert.Equal("10009", body.GetProperty("code").GetString());
            Assert.Contains("token", body.GetProperty("msg").GetString());
        }
        using var center = await emulator.ScnetGetAsync("/ac/openapi/v2/center", token);
        Assert.Equal("0", (await EmulatorFixture.JsonAsync(center)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Missing_token_is_10003_and_unknown_token_is_10009()
    {
        using var missing = await emulator.ScnetGetAsync(DetailPath, null);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Equal("10003", (await EmulatorFixture.JsonAsync(missing)).GetProperty("code").GetString());

        using var unknown = await emulator.ScnetGetAsync(DetailPath, "eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyIjoieCJ9.c2ln");
        var body = await EmulatorFixture.JsonAsync(unknown);
        Assert.Equal("10009", body.GetProperty("code").GetString());
        Assert.Contains("token", body.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Tampered_token_is_rejected()
    {
        var token = emulator.Host.IssueScnetToken();
        var parts = token.Split('.');
        var forged = parts[0] + "." + parts[1] + "." + new string(parts[2].Reverse().ToArray());
        using var response = await emulator.ScnetGetAsync(DetailPath, forged);
        Assert.Equal("10009", (await EmulatorFixture.JsonAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Expired_token_is_10009_mentioning_token()
    {
        var token = emulator.Host.IssueScnetToken(TimeSpan.FromSeconds(-1));
        using var response = await emulator.ScnetGetAsync(DetailPath, token);
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal("10009", body.GetProperty("code").GetString());
        Assert.Contains("expired", body.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Token_expires_when_its_lifetime_passes()
    {
        var token = emulator.Host.IssueScnetToken(TimeSpan.FromMilliseconds(300));
        using var before = await emulator.ScnetGetAsync(DetailPath, token);
        Assert.Equal("0", (await EmulatorFixture.JsonAsync(before)).GetProperty("code").GetString());
        await Task.Delay(400);
        using var after = await emulator.ScnetGetAsync(DetailPath, token);
        Assert.Equal("10009", (await EmulatorFixture.JsonAsync(after)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Renewal_returns_a_new_token_for_the_same_cluster_as_a_single_entry()
    {
        var token = emulator.Host.IssueScnetToken(TimeSpan.FromMinutes(1));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/ac/openapi/v2/tokens/next");
        request.Headers.TryAddWithoutValidation("token", token);
        using var response = await emulator.Client.SendAsync(request);
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal("0", body.GetProperty("code").GetString());
        var data = body.GetProperty("data");
        Assert.Equal(JsonValueKind.Object, data.ValueKind);
        Assert.Equal("11112", data.GetProperty("clusterId").GetString());
        Assert.Equal("华东一区【昆山】", data.GetProperty("clusterName").GetString());
        var renewed = data.GetProperty("token").GetString()!;
        Assert.NotEqual(token, renewed);
        var expires = long.Parse(Payload(renewed).GetProperty("expireTime").GetString()!);
        Assert.True(expires > long.Parse(Payload(token).GetProperty("expireTime").GetString()!));
        using var detail = await emulator.ScnetGetAsync(DetailPath, renewed);
        Assert.Equal("0", (await EmulatorFixture.JsonAsync(detail)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Renewal_of_an_expired_or_missing_token_fails()
    {
        using var expired = new HttpRequestMessage(HttpMethod.Post, "/ac/openapi/v2/tokens/next");
        expired.Headers.TryAddWithoutValidation("token", emulator.Host.IssueScnetToken(TimeSpan.FromSeconds(-1)));
        using var expiredResponse = await emulator.Client.SendAsync(expired);
        Assert.Equal("10009", (await EmulatorFixture.JsonAsync(expiredResponse)).GetProperty("code").GetString());

        using var missing = await emulator.Client.PostAsync("/ac/openapi/v2/tokens/next", null);
        Assert.Equal("10003", (await EmulatorFixture.JsonAsync(missing)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Center_reports_ai_urls_as_a_single_object_with_string_enable()
    {
        using var response = await emulator.ScnetGetAsync("/ac/openapi/v2/center", emulator.Host.IssueScnetToken());
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal("0", body.GetProperty("code").GetString());
        var data = body.GetProperty("data");
        Assert.Equal(JsonValueKind.Object, data.ValueKind);
        var urls = data.GetProperty("aiUrls").EnumerateArray().ToArray();
        Assert.Equal("http://unused.invalid/ai", urls[0].GetProperty("url").GetString());
        Assert.Equal("false", urls[0].GetProperty("enable").GetString());
        Assert.Equal("true", urls[1].GetProperty("enable").GetString());
        var aiUrl = urls[1].GetProperty("url").GetString()!;
        Assert.EndsWith("/ai", aiUrl);
        Assert.Equal(emulator.Host.ScnetAiBaseUri.ToString().TrimEnd('/'), aiUrl);

        using var viaCenter = await emulator.ScnetGetAsync(aiUrl + "/openapi/v2/instance-service/4c1f43ddb030483e89b55413bee6c004/detail", emulator.Host.IssueScnetToken());
        Assert.Equal("0", (await EmulatorFixture.JsonAsync(viaCenter)).GetProperty("code").GetString());

        using var noToken = await emulator.ScnetGetAsync("/ac/openapi/v2/center", null);
        Assert.Equal("10003", (await EmulatorFixture.JsonAsync(noToken)).GetProperty("code").GetString());
    }
}

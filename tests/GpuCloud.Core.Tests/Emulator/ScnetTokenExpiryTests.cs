namespace GpuCloud.Core.Tests.Emulator;

public sealed class ScnetTokenExpiryTests
{
    private const string DetailPath = "/ai/openapi/v2/instance-service/4c1f43ddb030483e89b55413bee6c004/detail";

    [Fact]
    public async Task ExpireAllTokens_expires_tokens_issued_before_and_not_after()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var old = emulator.Host.IssueScnetToken();
        emulator.Host.ExpireAllTokens();
        using var oldResponse = await emulator.ScnetGetAsync(DetailPath, old);
        Assert.Equal("10009", (await EmulatorFixture.JsonAsync(oldResponse)).GetProperty("code").GetString());

        using var fresh = await emulator.ScnetGetAsync(DetailPath, emulator.Host.IssueScnetToken());
        Assert.Equal("0", (await EmulatorFixture.JsonAsync(fresh)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Admin_expire_tokens_expires_scnet_and_iam_tokens()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var scnet = emulator.Host.IssueScnetToken();
        var iam = emulator.Host.IssueIamToken();
        using var admin = await emulator.Client.PostAsync("/_emulator/expire-tokens", null);
        Assert.True(admin.IsSuccessStatusCode);

        using var scnetResponse = await emulator.ScnetGetAsync(DetailPath, scnet);
        Assert.Equal("10009", (await EmulatorFixture.JsonAsync(scnetResponse)).GetProperty("code").GetString());

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/{emulator.Options.HuaweiProjectId}/dev-servers/hyperinstance");
        request.Headers.TryAddWithoutValidation("X-Auth-Token", iam);
        using var iamResponse = await emulator.Client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, iamResponse.StatusCode);
        Assert.Equal("APIGW.0301", (await EmulatorFixture.JsonAsync(iamResponse)).GetProperty("error_code").GetString());
    }

    [Fact]
    public async Task Token_lifetime_is_a_setting()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new GpuCloud.Emulator.EmulatorOptions { ScnetTokenLifetime = TimeSpan.FromMinutes(5) });
        var token = emulator.Host.IssueScnetToken();
        var payload = System.Text.Json.JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[1])).RootElement;
        var expires = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(payload.GetProperty("expireTime").GetString()!));
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(6));
    }
}

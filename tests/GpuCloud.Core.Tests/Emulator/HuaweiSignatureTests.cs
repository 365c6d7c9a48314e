using System.Net;
using GpuCloud.Emulator;
using GpuCloud.Emulator.Auth;

namespace GpuCloud.Core.Tests.Emulator;

public sealed class HuaweiSignatureTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string PublishedSignature = "5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624";

    private string ListPath => $"/v1/{emulator.Options.HuaweiProjectId}/dev-servers/hyperinstance";

    [Fact]
    public void Verifier_canonicalisation_reproduces_the_published_vector()
    {
        var canonical = HuaweiSignature.CanonicalRequest("GET", "/path", "limit=1",
            new Dictionary<string, string> { ["x-sdk-date"] = "20060102T150405Z" }, HuaweiSignature.EmptyBodyHash);
        Assert.Equal("GET\n/path/\nlimit=1\nx-sdk-date:20060102T150405Z\n\nx-sdk-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", canonical);
        Assert.Equal(PublishedSignature, HuaweiSignature.Signature(canonical, "20060102T150405Z", "SecretKey"));
    }

    [Fact]
    public void Test_signer_agrees_with_the_published_vector()
    {
        var canonical = TestAkSkSigner.Canonical("GET", "/path", "limit=1", [("x-sdk-date", "20060102T150405Z")], "");
        Assert.Equal(PublishedSignature, HuaweiSignature.Signature(canonical, "20060102T150405Z", "SecretKey"));
    }

    [Theory]
    [InlineData("/path", "/path/")]
    [InlineData("/path/", "/path/")]
    [InlineData("/", "/")]
    [InlineData("/a%20b/c", "/a%20b/c/")]
    [InlineData("/a b/%7euser", "/a%20b/~user/")]
    [InlineData("/v1/x:y/z", "/v1/x%3Ay/z/")]
    public void Canonical_uri_reencodes_segments_and_ends_in_a_slash(string raw, string expected) =>
        Assert.Equal(expected, HuaweiSignature.CanonicalUri(raw));

    [Theory]
    [InlineData("b=2&a=1", "a=1&b=2")]
    [InlineData("name=a%20b&limit=1", "limit=1&name=a%20b")]
    [InlineData("name=a+b", "name=a%2Bb")]
    [InlineData("flag&x=", "flag=&x=")]
    [InlineData("", "")]
    public void Canonical_query_is_sorted_and_encoded(string raw, string expected) =>
        Assert.Equal(expected, HuaweiSignature.CanonicalQuery(raw));

    private HttpRequestMessage Signed(string pathAndQuery, string? secret = null, string? accessKey = null, DateTimeOffset? at = null, string? signedQuery = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        TestAkSkSigner.Sign(request, emulator.Host.BaseUri, accessKey ?? emulator.Options.HuaweiAccessKey, secret ?? emulator.Options.HuaweiSecretKey, at ?? DateTimeOffset.UtcNow, signedQuery);
        return request;
    }

    [Fact]
    public async Task Correctly_signed_request_is_accepted()
    {
        using var request = Signed(ListPath + "?limit=5&offset=0&sort_dir=ASC");
        using var response = await emulator.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, (await EmulatorFixture.JsonAsync(response)).GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task Signed_request_with_a_trailing_slash_and_unsorted_query_is_accepted()
    {
        using var request = Signed(ListPath + "?sort_key=updateTime&limit=2");
        using var response = await emulator.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_secret_is_401_apigw_0301()
    {
        using var request = Signed(ListPath, secret: "not-the-secret");
        using var response = await emulator.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal("APIGW.0301", body.GetProperty("error_code").GetString());
        Assert.StartsWith("Incorrect IAM authentication information", body.GetProperty("error_msg").GetString());
        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), body.GetProperty("request_id").GetString());
    }

    [Fact]
    public async Task Changed_query_after_signing_is_401()
    {
        using var request = Signed(ListPath + "?limit=5", signedQuery: "limit=4");
        using var response = await emulator.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("APIGW.0301", (await EmulatorFixture.JsonAsync(response)).GetProperty("error_code").GetString());
    }

    [Fact]
    public async Task Unknown_access_key_is_401()
    {
        using var request = Signed(ListPath, accessKey: "SOMEONEELSE");
        using var response = await emulator.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("APIGW.0301", (await EmulatorFixture.JsonAsync(response)).GetProperty("error_code").GetString());
    }

    [Theory]
    [InlineData(-16)]
    [InlineData(16)]
    public async Task Date_more_than_15_minutes_off_is_401_apigw_0303(int minutes)
    {
        using var request = Signed(ListPath, at: DateTimeOffset.UtcNow.AddMinutes(minutes));
        using var response = await emulator.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("APIGW.0303", (await EmulatorFixture.JsonAsync(response)).GetProperty("error_code").GetString());
    }

    [Fact]
    public async Task Date_within_15_minutes_is_accepted()
    {
        using var request = Signed(ListPath, at: DateTimeOffset.UtcNow.AddMinutes(-14));
        using var response = await emulator.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("SDK-HMAC-SHA256 garbage")]
    [InlineData("Bearer abc")]
    [InlineData("SDK-HMAC-SHA256 Access=EMULATORACCESSKEY, SignedHeaders=x-sdk-date, Signature=00")]
    public async Task Malformed_or_foreign_authorization_is_401(string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ListPath);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        request.Headers.TryAddWithoutValidation("X-Sdk-Date", DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        using var response = await emulator.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("APIGW.0301", (await EmulatorFixture.JsonAsync(response)).GetProperty("error_code").GetString());
    }

    [Fact]
    public async Task Missing_auth_is_401_apigw_0301_with_request_id()
    {
        using var response = await emulator.Client.GetAsync(ListPath);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal("APIGW.0301", body.GetProperty("error_code").GetString());
        Assert.StartsWith("Incorrect IAM authentication information: ", body.GetProperty("error_msg").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("request_id").GetString()));
    }

    [Fact]
    public async Task Missing_sdk_date_is_401()
    {
        using var request = Signed(ListPath);
        request.Headers.Remove("X-Sdk-Date");
        using var response = await emulator.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

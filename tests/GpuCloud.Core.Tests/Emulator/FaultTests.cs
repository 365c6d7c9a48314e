using System.Diagnostics;
using System.Net;
using System.Text.Json;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Emulator;

/// <summary>Each test has its own emulator, since faults change options.</summary>
public sealed class FaultTests
{
    private const string Endpoints = "/gpu-instance/openapi/v1/endpoint";
    private const string Detail = "/ai/openapi/v2/instance-service/4c1f43ddb030483e89b55413bee6c004/detail";

    private static Task<EmulatorFixture> StartAsync() => EmulatorFixture.StartAsync(new EmulatorOptions { Items = 30 });

    [Fact]
    public async Task Throttle_answers_429_with_retry_after_and_provider_bodies_then_recovers()
    {
        await using var emulator = await StartAsync();
        emulator.Options.Faults.RetryAfterSeconds = 3;
        emulator.Options.Faults.Throttle.Next = 3;

        using var ppio = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(HttpStatusCode.TooManyRequests, ppio.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), ppio.Headers.RetryAfter!.Delta);
        Assert.Equal(429, (await EmulatorFixture.JsonAsync(ppio)).GetProperty("code").GetInt32());

        using var scnet = await emulator.ScnetGetAsync(Detail, emulator.Host.IssueScnetToken());
        Assert.Equal(HttpStatusCode.TooManyRequests, scnet.StatusCode);
        Assert.Equal(JsonValueKind.String, (await EmulatorFixture.JsonAsync(scnet)).GetProperty("code").ValueKind);

        using var modelArts = await emulator.ModelArtsGetAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, modelArts.StatusCode);
        Assert.Equal("APIGW.0308", (await EmulatorFixture.JsonAsync(modelArts)).GetProperty("error_code").GetString());
        Assert.True(modelArts.Headers.Contains("X-Request-Id"));

        using var recovered = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal(3, emulator.Host.Counters.Faults(FaultKind.Throttle));
    }

    [Fact]
    public async Task Retry_after_may_be_zero()
    {
        await using var emulator = await StartAsync();
        emulator.Options.Faults.RetryAfterSeconds = 0;
        emulator.Options.Faults.Throttle.Next = 1;
        using var response = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal("0", response.Headers.GetValues("Retry-After").Single());
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Server_error_uses_the_chosen_status_and_provider_body(int status)
    {
        await using var emulator = await StartAsync();
        emulator.Options.Faults.ServerErrorStatus = status;
        emulator.Options.Faults.ServerError.Next = 2;
        using var ppio = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(status, (int)ppio.StatusCode);
        Assert.Equal(status, (await EmulatorFixture.JsonAsync(ppio)).GetProperty("code").GetInt32());
        using var modelArts = await emulator.ModelArtsGetAsync();
        Assert.Equal(status, (int)modelArts.StatusCode);
        Assert.True((await EmulatorFixture.JsonAsync(modelArts)).TryGetProperty("error_code", out _));
        using var ok = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(2, emulator.Host.Counters.Faults(FaultKind.ServerError));
    }

    [Fact]
    public async Task Dropped_connection_gives_no_response()
    {
        await using var emulator = await StartAsync();
        emulator.Options.Faults.DropConnection.Next = 1;
        await Assert.ThrowsAsync<HttpRequestException>(() => emulator.PpioGetAsync(Endpoints));
        using var ok = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(1, emulator.Host.Counters.Faults(FaultKind.DropConnection));
    }

    [Fact]
    public async Task Truncated_body_is_the_first_half_of_the_json()
    {
        await using var emulator = await StartAsync();
        using var full = await emulator.PpioGetAsync(Endpoints);
        var fullText = await full.Content.ReadAsStringAsync();
        emulator.Options.Faults.TruncatedBody.Next = 1;
        using var truncated = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(HttpStatusCode.OK, truncated.StatusCode);
        var bytes = await truncated.Content.ReadAsByteArrayAsync();
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(fullText) / 2, bytes.Length);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(bytes));
        Assert.Equal(1, emulator.Host.Counters.Faults(FaultKind.TruncatedBody));
    }

    [Fact]
    public async Task Malformed_body_is_not_json()
    {
        await using var emulator = await StartAsync();
        emulator.Options.Faults.MalformedBody.Next = 1;
        using var response = await emulator.ScnetGetAsync(Detail, emulator.Host.IssueScnetToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
        using var ok = await emulator.ScnetGetAsync(Detail, emulator.Host.IssueScnetToken());
        Assert.Equal("0", (await EmulatorFixture.JsonAsync(ok)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Latency_delays_requests_and_is_counted()
    {
        await using var emulator = await StartAsync();
        emulator.Options.Faults.LatencyMs = 150;
        var watch = Stopwatch.StartNew();
        using var response = await emulator.PpioGetAsync(Endpoints);
        Assert.True(watch.ElapsedMilliseconds >= 140, $"took {watch.ElapsedMilliseconds} ms");
        Assert.Equal(1, emulator.Host.Counters.Faults(FaultKind.Latency));

        emulator.Options.Faults.LatencyMs = 0;
        emulator.Options.Faults.LatencyJitterMs = 50;
        using var jittered = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(HttpStatusCode.OK, jittered.StatusCode);
    }

    [Fact]
    public async Task Path_filter_limits_a_fault_to_one_route()
    {
        await using var emulator = await StartAsync();
        emulator.Options.Faults.ServerError.Next = 1;
        emulator.Options.Faults.ServerError.PathContains = "/image/prewarm";
        using var other = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        using var hit = await emulator.PpioGetAsync("/gpu-instance/openapi/v1/image/prewarm");
        Assert.Equal(HttpStatusCode.InternalServerError, hit.StatusCode);
    }

    [Fact]
    public async Task Rate_one_always_fires_and_rate_zero_never()
    {
        await using var emulator = await StartAsync();
        emulator.Options.Faults.Throttle.Rate = 1.0;
        for (var i = 0; i < 3; i++)
        {
            using var response = await emulator.PpioGetAsync(Endpoints);
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        }
        emulator.Options.Faults.Throttle.Rate = 0;
        using var ok = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Faults_never_apply_to_admin_paths()
    {
        await using var emulator = await StartAsync();
        emulator.Options.Faults.Throttle.Rate = 1.0;
        emulator.Options.Faults.DropConnection.Rate = 1.0;
        using var state = await emulator.Client.GetAsync("/_emulator/state");
        Assert.Equal(HttpStatusCode.OK, state.StatusCode);
    }

    [Fact]
    public async Task Insert_between_pages_puts_new_items_at_the_front()
    {
        await using var emulator = await StartAsync();
        var before = emulator.Host.CurrentIds(Listing.PpioEndpoints);
        emulator.Options.Faults.InsertBetweenPages.Next = 1;
        emulator.Options.Faults.InsertBetweenPages.ItemsPerPage = 2;

        using var page1 = await emulator.PpioGetAsync(Endpoints + "?pageSize=10&pageNum=1");
        var first = (await EmulatorFixture.JsonAsync(page1)).GetProperty("endpoints").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToArray();
        Assert.Equal(before.Take(10), first);

        var after = emulator.Host.CurrentIds(Listing.PpioEndpoints);
        Assert.Equal(32, after.Count);
        Assert.Equal(before, after.Skip(2));

        using var page2 = await emulator.PpioGetAsync(Endpoints + "?pageSize=10&pageNum=2");
        var body = await EmulatorFixture.JsonAsync(page2);
        Assert.Equal(32, body.GetProperty("total").GetInt32());
        Assert.Equal(before.Skip(8).Take(10), body.GetProperty("endpoints").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(1, emulator.Host.Counters.Faults(FaultKind.InsertBetweenPages));
    }

    [Fact]
    public async Task Remove_between_pages_drops_the_first_items()
    {
        await using var emulator = await StartAsync();
        var before = emulator.Host.CurrentIds(Listing.ModelArtsHyperInstances);
        emulator.Options.Faults.RemoveBetweenPages.Next = 1;
        using var page1 = await emulator.ModelArtsGetAsync("?limit=10&offset=0");
        Assert.Equal(HttpStatusCode.OK, page1.StatusCode);
        Assert.Equal(before.Skip(1), emulator.Host.CurrentIds(Listing.ModelArtsHyperInstances));

        using var page2 = await emulator.ModelArtsGetAsync("?limit=10&offset=10");
        var body = await EmulatorFixture.JsonAsync(page2);
        Assert.Equal(29, body.GetProperty("total").GetInt64());
        Assert.Equal(before.Skip(11).Take(10), body.GetProperty("data").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Prewarm_listing_can_change_between_pages_too()
    {
        await using var emulator = await StartAsync();
        emulator.Options.Faults.InsertBetweenPages.Next = 1;
        using var page = await emulator.PpioGetAsync("/gpu-instance/openapi/v1/image/prewarm");
        Assert.Equal(31, emulator.Host.CurrentIds(Listing.PpioPrewarmTasks).Count);
    }

    [Fact]
    public async Task Expired_token_fault_rejects_a_valid_scnet_token_once()
    {
        await using var emulator = await StartAsync();
        emulator.Options.Faults.ExpiredToken.Next = 1;
        var token = emulator.Host.IssueScnetToken();
        using var expired = await emulator.ScnetGetAsync(Detail, token);
        Assert.Equal("10009", (await EmulatorFixture.JsonAsync(expired)).GetProperty("code").GetString());
        using var ok = await emulator.ScnetGetAsync(Detail, token);
        Assert.Equal("0", (await EmulatorFixture.JsonAsync(ok)).GetProperty("code").GetString());
        Assert.Equal(1, emulator.Host.Counters.Faults(FaultKind.ExpiredToken));
    }

    [Fact]
    public async Task Requests_are_counted_per_route()
    {
        await using var emulator = await StartAsync();
        emulator.Options.Faults.Throttle.Next = 1;
        for (var i = 0; i < 3; i++)
        {
            using var response = await emulator.PpioGetAsync(Endpoints);
        }
        using var detail = await emulator.ScnetGetAsync(Detail, emulator.Host.IssueScnetToken());
        Assert.Equal(3, emulator.Host.Counters.Requests(Endpoints));
        Assert.Equal(1, emulator.Host.Counters.Requests("/ai/openapi/v2/instance-service/{id}/detail"));
        Assert.Equal(4, emulator.Host.Counters.TotalRequests);
    }
}

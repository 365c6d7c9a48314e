using System.Net;
using System.Text;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Paging;
using GpuCloud.Core.Ppio;
using GpuCloud.Core.Tests.Support;

namespace GpuCloud.Core.Tests.Http;

public sealed class ApiTransportTests
{
    private const string OnePage = "{\"endpoints\":[{\"id\":\"e1\",\"name\":\"one\"}],\"total\":1}";
    private const string PpioRefusal = "{\"code\":401,\"reason\":\"INVALID_API_KEY\",\"message\":\"invalid api-key\"}";

    private static PpioClient Client(StubHandler handler) => new(new PpioConnection(new Uri("https://api.example.com"), new SecretText("sk-secret")), handler.Client);

    private static CallContext Call(RecordingDiagnostics? diagnostics = null, int attempts = 4, TimeSpan? total = null, TimeSpan? perRequest = null) =>
        new(new RequestOptions { MaxAttempts = attempts, BaseDelay = TimeSpan.FromMilliseconds(1), TotalTimeout = total, RequestTimeout = perRequest }, diagnostics);

    private static Task<List<GpuCloud.Models.GpuEndpoint>> List(StubHandler handler, CallContext call) =>
        Client(handler).ListEndpointsAsync(new PagingOptions(10), call).ToListAsync();

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Transient_statuses_are_retried_and_each_retry_is_a_verbose_line(HttpStatusCode status)
    {
        var handler = new StubHandler().Then(status, "{}").Then(status, "{}").Then(HttpStatusCode.OK, OnePage);
        var diagnostics = new RecordingDiagnostics();

        var items = await List(handler, Call(diagnostics));

        Assert.Single(items);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(2, diagnostics.Verbose.Count(v => v.Contains("retrying")));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, ErrorKind.InvalidArgument)]
    [InlineData(HttpStatusCode.Unauthorized, ErrorKind.Authentication)]
    [InlineData(HttpStatusCode.Forbidden, ErrorKind.Authentication)]
    [InlineData(HttpStatusCode.NotFound, ErrorKind.NotFound)]
    [InlineData(HttpStatusCode.InternalServerError, ErrorKind.Unavailable)]
    public async Task Other_refusals_are_not_retried_and_keep_the_providers_code(HttpStatusCode status, ErrorKind kind)
    {
        var handler = new StubHandler().Then(status, PpioRefusal, r => r.Headers.Add("X-Request-Id", "req-42"));

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(handler, Call()));

        Assert.Single(handler.Requests);
        Assert.Equal(kind, failure.Kind);
        Assert.Equal("INVALID_API_KEY", failure.ProviderCode);
        Assert.Equal("req-42", failure.RequestId);
        Assert.Contains("req-42", failure.Message);
    }

    [Theory]
    [InlineData("INVALID_API_KEY", ErrorKind.Authentication)]
    [InlineData("FORBIDDEN", ErrorKind.PermissionDenied)]
    public async Task A_403_is_an_authentication_error_when_PPIO_says_the_key_is_the_problem(string reason, ErrorKind kind)
    {
        var handler = new StubHandler().Then(HttpStatusCode.Forbidden, "{\"code\":403,\"reason\":\"" + reason + "\",\"message\":\"refused\"}");

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(handler, Call()));

        Assert.Equal(kind, failure.Kind);
    }

    [Fact]
    public async Task Retry_After_in_seconds_is_honoured()
    {
        var handler = new StubHandler()
            .Then(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1)))
            .Then(HttpStatusCode.OK, OnePage);

        await List(handler, Call());

        Assert.True(handler.Requests[1].At - handler.Requests[0].At >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task Retry_After_as_an_http_date_is_honoured()
    {
        var handler = new StubHandler()
            .Then(HttpStatusCode.ServiceUnavailable, "{}", r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddSeconds(2)))
            .Then(HttpStatusCode.OK, OnePage);

        await List(handler, Call());

        Assert.True(handler.Requests[1].At - handler.Requests[0].At >= TimeSpan.FromMilliseconds(800));
    }

    [Fact]
    public async Task A_refusal_whose_body_is_cut_off_is_still_the_providers_error()
    {
        var handler = new StubHandler().Then(_ => new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StreamContent(new ThrowingStream(Encoding.UTF8.GetBytes("{\"code\":40"))) });

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(handler, Call()));

        Assert.Equal(ErrorKind.PermissionDenied, failure.Kind);
        Assert.Equal(403, failure.HttpStatus);
    }

    [Fact]
    public async Task A_success_whose_body_is_cut_off_is_retried()
    {
        var handler = new StubHandler()
            .Then(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new ThrowingStream(Encoding.UTF8.GetBytes(OnePage[..20]))) })
            .Then(HttpStatusCode.OK, OnePage);

        Assert.Single(await List(handler, Call()));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_body_that_never_reads_as_json_names_provider_operation_and_request_id()
    {
        var handler = new StubHandler();
        for (var i = 0; i < 2; i++)
        {
            handler.Then(HttpStatusCode.OK, "<html>gateway</html>", r => r.Headers.Add("X-Request-Id", "req-7"));
        }

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(handler, Call(attempts: 2)));

        Assert.Equal(ErrorKind.InvalidResponse, failure.Kind);
        Assert.Contains("PPIO ListEndpoints", failure.Message);
        Assert.Contains("req-7", failure.Message);
        Assert.Equal("Ppio.InvalidResponse,ListEndpoints", failure.ErrorId);
    }

    [Fact]
    public async Task A_refusal_without_a_provider_code_is_identified_by_its_status()
    {
        var handler = new StubHandler().Then(HttpStatusCode.NotFound, "not json");

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(handler, Call()));

        Assert.Equal("Ppio.404,ListEndpoints", failure.ErrorId);
    }

    [Fact]
    public async Task Connection_failures_are_retried_then_reported_as_connection_errors()
    {
        var handler = new StubHandler();
        for (var i = 0; i < 3; i++)
        {
            handler.Then(_ => throw new HttpRequestException("Connection refused"));
        }

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(handler, Call(attempts: 3)));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(ErrorKind.Connection, failure.Kind);
    }

    [Fact]
    public async Task A_request_with_no_answer_in_time_names_the_setting_that_bounds_it()
    {
        var handler = new StubHandler();
        for (var i = 0; i < 2; i++)
        {
            handler.Then(_ => throw new TaskCanceledException("the attempt's own timeout"));
        }

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(handler, Call(attempts: 2, perRequest: TimeSpan.FromSeconds(7))));

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(ErrorKind.Timeout, failure.Kind);
        Assert.Equal("PPIO ListEndpoints failed, no answer within 7 s. To wait longer for an answer, set -TimeoutSec (or Set-GpuCloudOption -TimeoutSec).", failure.Message);
    }

    [Fact]
    public async Task The_total_budget_ends_a_request_that_keeps_being_throttled()
    {
        var handler = new StubHandler();
        for (var i = 0; i < 50; i++)
        {
            handler.Then(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromMilliseconds(300)));
        }

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(handler, Call(attempts: 50, total: TimeSpan.FromSeconds(1))));

        // The last wait asked for would have outlasted the budget, so it was not begun.
        Assert.Equal(ErrorKind.Throttled, failure.Kind);
        Assert.InRange(handler.Requests.Count, 2, 4);
        Assert.Contains("asked to wait 0.3 s", failure.Message);
        Assert.Contains("total time budget of 1 s", failure.Message);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_time_budget_fails_at_once_with_the_wait_in_the_message()
    {
        var handler = new StubHandler().Then(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(600)));

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(handler, Call()));

        Assert.Single(handler.Requests);
        Assert.Equal(ErrorKind.Throttled, failure.Kind);
        Assert.Equal(TimeSpan.FromSeconds(600), failure.RetryAfter);
        Assert.Contains("HTTP 429", failure.Message);
        Assert.Contains("asked to wait 600 s before the next request, more than is left of this call's total time budget of 300 s", failure.Message);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_modules_own_longest_backoff_is_waited_in_full_and_said_in_a_warning()
    {
        var handler = new StubHandler()
            .Then(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(45)))
            .Then(HttpStatusCode.OK, OnePage);
        var diagnostics = new RecordingDiagnostics();
        using var stop = new CancellationTokenSource();
        var call = new CallContext(new RequestOptions { MaxAttempts = 4 }, diagnostics, stop.Token);

        var listing = List(handler, call);
        Assert.True(SpinWait.SpinUntil(() => diagnostics.Warnings.Any(w => w.Contains("asked to wait")), TimeSpan.FromSeconds(10)), "no warning about the long wait");
        await Task.Delay(200);
        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listing);
        Assert.Single(handler.Requests);
        Assert.Contains(diagnostics.Verbose, v => v.Contains("retrying in 45 s"));
        Assert.Contains(diagnostics.Warnings, w => w.Contains("PPIO ListEndpoints: the server asked to wait 45 s before the next request; waiting (Ctrl+C stops the command)."));
    }

    [Fact]
    public async Task A_request_still_throttled_when_its_retries_run_out_says_nothing_of_a_wait_of_zero()
    {
        var handler = new StubHandler();
        for (var i = 0; i < 2; i++)
        {
            handler.Then(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero));
        }

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(handler, Call(attempts: 2)));

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(ErrorKind.Throttled, failure.Kind);
        Assert.DoesNotContain("asked to wait", failure.Message);
    }

    [Fact]
    public async Task A_request_still_throttled_when_its_retries_run_out_says_how_long_the_server_asked_to_wait()
    {
        var handler = new StubHandler();
        for (var i = 0; i < 2; i++)
        {
            handler.Then(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromMilliseconds(20)));
        }

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(handler, Call(attempts: 2)));

        Assert.Equal(2, handler.Requests.Count);
        Assert.EndsWith("The server asked to wait 0.02 s before the next request.", failure.Message);
    }

    [Fact]
    public async Task The_api_key_travels_as_a_bearer_token_and_never_in_traces()
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, OnePage);
        var diagnostics = new RecordingDiagnostics();

        await List(handler, Call(diagnostics));

        Assert.Equal("Bearer sk-secret", handler.Requests[0].Request.Headers.Authorization!.ToString());
        Assert.Equal("application/json", handler.Requests[0].Request.Content!.Headers.ContentType!.MediaType);
        Assert.Contains(diagnostics.Debug, d => d.Contains("Authorization: Bearer ***"));
        Assert.DoesNotContain(diagnostics.All, m => m.Contains("sk-secret"));
    }

    [Fact]
    public void The_pooled_client_asks_for_compressed_json_and_names_the_module()
    {
        var client = HttpClientPool.For(GpuCloud.Models.CloudProvider.Ppio);

        Assert.Equal(new[] { "gzip", "deflate" }, client.DefaultRequestHeaders.AcceptEncoding.Select(e => e.Value));
        Assert.Contains(client.DefaultRequestHeaders.Accept, a => a.MediaType == "application/json");
        Assert.StartsWith("GpuCloud-PowerShell/", client.DefaultRequestHeaders.UserAgent.ToString());
        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
    }

    [Fact]
    public void The_pooled_client_is_made_once_per_handler_lifetime_not_per_request()
    {
        var start = DateTimeOffset.UtcNow.AddHours(1);
        var first = HttpClientPool.For(GpuCloud.Models.CloudProvider.ModelArts, start);

        Assert.Same(first, HttpClientPool.For(GpuCloud.Models.CloudProvider.ModelArts, start.AddMinutes(1)));
        Assert.NotSame(first, HttpClientPool.For(GpuCloud.Models.CloudProvider.Scnet, start));
        var renewed = HttpClientPool.For(GpuCloud.Models.CloudProvider.ModelArts, start + HttpClientPool.HandlerLifetime);
        Assert.NotSame(first, renewed);
        Assert.Same(renewed, HttpClientPool.For(GpuCloud.Models.CloudProvider.ModelArts, start + HttpClientPool.HandlerLifetime));
    }

    [Fact]
    public async Task A_host_name_that_does_not_resolve_is_not_retried_and_names_the_host()
    {
        var handler = new StubHandler().Then(_ => throw new HttpRequestException("Name or service not known", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound)));

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(handler, Call()));

        Assert.Single(handler.Requests);
        Assert.Equal(ErrorKind.Connection, failure.Kind);
        Assert.Contains("api.example.com", failure.Message);
        Assert.Contains("-BaseUri", failure.Message);
    }
}

using System.Collections.Concurrent;
using System.Net;

namespace GpuCloud.Core.Tests.Http;

/// <summary>Answers requests from a script of responses (or exceptions), recording when each request came.</summary>
public sealed class StubHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();

    public List<(DateTimeOffset At, HttpRequestMessage Request)> Requests { get; } = new();

    public StubHandler Then(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public StubHandler Then(HttpStatusCode status, string body, Action<HttpResponseMessage>? adjust = null) => Then(_ =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
        adjust?.Invoke(response);
        return response;
    });

    public HttpClient Client() => new(this) { Timeout = Timeout.InfiniteTimeSpan };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (Requests)
        {
            Requests.Add((DateTimeOffset.UtcNow, request));
        }

        if (!_script.TryDequeue(out var answer))
        {
            throw new InvalidOperationException("no scripted answer left");
        }

        // As the real handlers do: the response knows the request it answers.
        var response = answer(request);
        response.RequestMessage ??= request;
        return Task.FromResult(response);
    }
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace GpuCloud.Core.Http
{
    /// <summary>
    /// The one request pipeline: authorization, per-attempt timeout, retry with capped exponential
    /// backoff and jitter that honours Retry-After, a total time budget, redacted tracing, and reading
    /// the body from the stream. Provider clients describe requests; this class sends them.
    /// </summary>
    internal sealed class ApiTransport
    {
        private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
        private static readonly ResiliencePropertyKey<string> OperationKey = new ResiliencePropertyKey<string>("GpuCloud.Operation");
        private static readonly ResiliencePropertyKey<long> StartedKey = new ResiliencePropertyKey<long>("GpuCloud.Started");
        private readonly IProviderProtocol _protocol;
        private readonly Func<HttpClient> _client;

        public ApiTransport(IProviderProtocol protocol, Func<HttpClient>? client = null)
        {
            _protocol = protocol;
            _client = client ?? (() => HttpClientPool.For(protocol.Provider));
        }

        public Task<T> GetAsync<T>(string operation, Uri uri, Func<Stream, string?, CancellationToken, Task<T>> readBody, CallContext call) =>
            SendAsync(HttpMethod.Get, operation, uri, null, readBody, call);

        /// <param name="prepare">Adds what this request carries besides authorization (headers, a body); called per attempt.</param>
        /// <param name="inspect">Sees a successful response's headers before the body is read.</param>
        public async Task<T> SendAsync<T>(HttpMethod method, string operation, Uri uri, Action<HttpRequestMessage>? prepare, Func<Stream, string?, CancellationToken, Task<T>> readBody, CallContext call, Action<HttpResponseMessage>? inspect = null)
        {
            var options = call.Options;

            // One pipeline per call (a listing's pages share it); what differs per request travels in the context.
            var pipeline = call.Pipeline ??= BuildPipeline(options, call);
            var context = ResilienceContextPool.Shared.Get(call.CancellationToken);
            var started = Stopwatch.GetTimestamp();
            context.Properties.Set(OperationKey, ProviderNames.Display(_protocol.Provider) + " " + operation);
            context.Properties.Set(StartedKey, started);
            try
            {
                return await pipeline.ExecuteAsync(
                    async (resilience, state) => await AttemptAsync(method, operation, uri, prepare, readBody, inspect, call, resilience.CancellationToken).ConfigureAwait(false),
                    context,
                    this).ConfigureAwait(false);
            }
            catch (TransientFailureException transient)
            {
                var failure = transient.Failure;
                if (failure.RetryAfter != null && failure.RetryAfter.Value > TimeSpan.Zero)
                {
                    failure.Remark = WaitRemark(failure.RetryAfter.Value, options.EffectiveTotalTimeout, OutlastsBudget(failure.RetryAfter, options, started));
                }
                else if (failure.Kind == ErrorKind.Timeout)
                {
                    failure.Remark = "To wait longer for an answer, set -TimeoutSec (or Set-GpuCloudOption -TimeoutSec).";
                }

                throw failure;
            }
            catch (TimeoutRejectedException)
            {
                throw new GpuCloudApiException(_protocol.Provider, operation, ErrorKind.Timeout, null, null,
                    string.Format(CultureInfo.InvariantCulture, "no answer within the total time budget of {0:0.#} s (set Set-GpuCloudOption -TotalTimeoutSec)", options.EffectiveTotalTimeout.TotalSeconds), null);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        private static ResiliencePipeline BuildPipeline(RequestOptions options, CallContext call)
        {
            var builder = new ResiliencePipelineBuilder().AddTimeout(options.EffectiveTotalTimeout);
            if (options.EffectiveMaxAttempts > 1)
            {
                builder.AddRetry(new RetryStrategyOptions
                {
                    // Retry-After is honoured in full; a wait that would outlast the call's time budget is not begun.
                    ShouldHandle = args => new ValueTask<bool>(args.Outcome.Exception is TransientFailureException transient
                        && !OutlastsBudget(transient.Failure.RetryAfter, options, args.Context.Properties.GetValue(StartedKey, Stopwatch.GetTimestamp()))),
                    MaxRetryAttempts = options.EffectiveMaxAttempts - 1,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.EffectiveBaseDelay,
                    MaxDelay = MaxBackoff,
                    DelayGenerator = args =>
                    {
                        return new ValueTask<TimeSpan?>((args.Outcome.Exception as TransientFailureException)?.Failure.RetryAfter);
                    },
                    OnRetry = args =>
                    {
                        var failure = ((TransientFailureException)args.Outcome.Exception!).Failure;
                        var request = args.Context.Properties.GetValue(OperationKey, "request");
                        call.Diagnostics.Verbose(string.Format(CultureInfo.InvariantCulture,
                            "{0}: attempt {1} of {2} failed ({3}); retrying in {4:0.###} s.",
                            request, args.AttemptNumber + 1, options.EffectiveMaxAttempts, Describe(failure), args.RetryDelay.TotalSeconds));
                        if (args.RetryDelay > MaxBackoff)
                        {
                            call.Diagnostics.Warning(string.Format(CultureInfo.InvariantCulture,
                                "{0}: the server asked to wait {1:0.###} s before the next request; waiting (Ctrl+C stops the command).",
                                request, args.RetryDelay.TotalSeconds));
                        }

                        call.RetryObserved?.Invoke(failure, args.Context.Properties.GetValue(StartedKey, Stopwatch.GetTimestamp()));
                        return default;
                    },
                });
            }

            return builder.Build();
        }

        private async Task<T> AttemptAsync<T>(HttpMethod method, string operation, Uri uri, Action<HttpRequestMessage>? prepare, Func<Stream, string?, CancellationToken, Task<T>> readBody, Action<HttpResponseMessage>? inspect, CallContext call, CancellationToken token)
        {
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(token);
            attempt.CancelAfter(call.Options.EffectiveRequestTimeout);
            using var request = new HttpRequestMessage(method, uri);
            prepare?.Invoke(request);
            await _protocol.PrepareAsync(request, call, token).ConfigureAwait(false);
            var clock = Stopwatch.StartNew();
            call.Diagnostics.Debug(method.Method + " " + uri.AbsoluteUri + " " + RequestTrace.Headers(request));

            HttpResponseMessage response;
            try
            {
                response = await _client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                throw Transient(operation, ErrorKind.Timeout, null, string.Format(CultureInfo.InvariantCulture, "no answer within {0:0.#} s", call.Options.EffectiveRequestTimeout.TotalSeconds), null);
            }
            catch (HttpRequestException exception) when (IsUnknownHost(exception))
            {
                // A name that does not resolve will not resolve on the next attempt either.
                throw new GpuCloudApiException(_protocol.Provider, operation, ErrorKind.Connection, null, null,
                    "the host " + uri.Host + " could not be found; check the address it came from (-BaseUri, -AuthBaseUri, -IamBaseUri or -Region, or the provider's environment variables) and the network", null);
            }
            catch (HttpRequestException exception)
            {
                throw Transient(operation, ErrorKind.Connection, null, "connection failed: " + exception.GetBaseException().Message, null);
            }

            using (response)
            {
                var requestId = RequestIdOf(response);
                var status = (int)response.StatusCode;
                call.Diagnostics.Debug(string.Format(CultureInfo.InvariantCulture, "{0} {1} -> HTTP {2} in {3} ms{4}", ProviderNames.Display(_protocol.Provider), operation, status, clock.ElapsedMilliseconds, requestId == null ? string.Empty : ", request id " + requestId));
                if (!response.IsSuccessStatusCode)
                {
                    var failure = await _protocol.ReadFailureAsync(response, operation, requestId, attempt.Token).ConfigureAwait(false);
                    failure.RetryAfter = RetryAfterOf(response);
                    if (IsRetryableStatus(status))
                    {
                        throw new TransientFailureException(failure);
                    }

                    throw failure;
                }

                inspect?.Invoke(response);
                try
                {
#if NETSTANDARD2_0
                    using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#else
                    using var body = await response.Content.ReadAsStreamAsync(attempt.Token).ConfigureAwait(false);
#endif
                    return await readBody(body, requestId, attempt.Token).ConfigureAwait(false);
                }
                catch (JsonException exception)
                {
                    throw Transient(operation, ErrorKind.InvalidResponse, status, "the answer could not be read as JSON (" + FirstSentence(exception.Message) + ")", requestId);
                }
                catch (Exception exception) when (exception is IOException || exception is HttpRequestException)
                {
                    throw Transient(operation, ErrorKind.Connection, status, "the answer was cut off (" + FirstSentence(exception.GetBaseException().Message) + ")", requestId);
                }
                catch (OperationCanceledException) when (!token.IsCancellationRequested)
                {
                    throw Transient(operation, ErrorKind.Timeout, status, string.Format(CultureInfo.InvariantCulture, "the answer did not finish within {0:0.#} s", call.Options.EffectiveRequestTimeout.TotalSeconds), requestId);
                }
            }
        }

        /// <summary>
        /// What is left of the call's total budget for waiting: the rest, less room for the request that follows the wait
        /// (a tenth of the budget, at most a second), so a wait is not begun only for the budget to run out right after it.
        /// </summary>
        private static TimeSpan BudgetLeft(RequestOptions options, long started)
        {
            var budget = options.EffectiveTotalTimeout;
            var room = TimeSpan.FromTicks(Math.Min(TimeSpan.TicksPerSecond, budget.Ticks / 10));
            return budget - room - TimeSpan.FromSeconds((Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency);
        }

        /// <summary>Whether a wait the server asked for would not fit in what is left of the call's budget (so it is not begun).</summary>
        private static bool OutlastsBudget(TimeSpan? retryAfter, RequestOptions options, long started) => retryAfter >= BudgetLeft(options, started);

        private static string WaitRemark(TimeSpan retryAfter, TimeSpan budget, bool outlastsBudget) =>
            outlastsBudget
                ? string.Format(CultureInfo.InvariantCulture, "The server asked to wait {0:0.###} s before the next request, more than is left of this call's total time budget of {1:0.#} s (Set-GpuCloudOption -TotalTimeoutSec).", retryAfter.TotalSeconds, budget.TotalSeconds)
                : string.Format(CultureInfo.InvariantCulture, "The server asked to wait {0:0.###} s before the next request.", retryAfter.TotalSeconds);

        private static bool IsUnknownHost(HttpRequestException exception) =>
            exception.GetBaseException() is SocketException socket && (socket.SocketErrorCode == SocketError.HostNotFound || socket.SocketErrorCode == SocketError.NoData);

        internal static bool IsRetryableStatus(int status) => status == 429 || status == 502 || status == 503 || status == 504;

        private TransientFailureException Transient(string operation, ErrorKind kind, int? status, string message, string? requestId) =>
            new TransientFailureException(new GpuCloudApiException(_protocol.Provider, operation, kind, status, null, message, requestId));

        private static string Describe(GpuCloudApiException failure) =>
            failure.HttpStatus != null && failure.Kind != ErrorKind.InvalidResponse && failure.Kind != ErrorKind.Connection
                ? "HTTP " + failure.HttpStatus.Value.ToString(CultureInfo.InvariantCulture)
                : failure.ProviderMessage ?? failure.Kind.ToString();

        private static string FirstSentence(string message)
        {
            var end = message.IndexOf(". ", StringComparison.Ordinal);
            return end > 0 ? message.Substring(0, end) : message.TrimEnd('.');
        }

        private static string? RequestIdOf(HttpResponseMessage response)
        {
            foreach (var name in new[] { "X-Request-Id", "X-Trace-Id", "X-Openapi-Request-Id" })
            {
                if (response.Headers.TryGetValues(name, out var values))
                {
                    return values.FirstOrDefault();
                }
            }

            return null;
        }

        private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
        {
            var header = response.Headers.RetryAfter;
            if (header == null)
            {
                return null;
            }

            if (header.Delta != null)
            {
                return header.Delta.Value;
            }

            if (header.Date != null)
            {
                var wait = header.Date.Value - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }

            return null;
        }
    }
}

using System.Diagnostics;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Paging;
using GpuCloud.Models;

namespace GpuCloud.Core.Tests.Paging;

public sealed class AdaptiveConcurrencyTests
{
    private static GpuCloudApiException Failure(ErrorKind kind) => new(CloudProvider.Scnet, "GetContainerInstance", kind, kind == ErrorKind.Throttled ? 429 : 503, null, "refused", null);

    [Fact]
    public void A_throttled_retry_halves_the_concurrency_and_is_told_once()
    {
        var concurrency = new AdaptiveConcurrency(8);

        concurrency.OnRetry(Failure(ErrorKind.Throttled), Stopwatch.GetTimestamp());

        Assert.Equal(4, concurrency.Current);
        Assert.Equal(4, concurrency.TakeLowering());
        Assert.Null(concurrency.TakeLowering());
    }

    [Fact]
    public void Requests_sent_before_the_lowering_do_not_lower_it_again()
    {
        var concurrency = new AdaptiveConcurrency(8);
        var sentTogether = Stopwatch.GetTimestamp();

        concurrency.OnRetry(Failure(ErrorKind.Throttled), sentTogether);
        concurrency.OnRetry(Failure(ErrorKind.Throttled), sentTogether);
        concurrency.OnRetry(Failure(ErrorKind.Throttled), Stopwatch.GetTimestamp());

        Assert.Equal(2, concurrency.Current);
        Assert.Equal(3, concurrency.Retries);
    }

    [Fact]
    public void Other_retries_are_counted_without_lowering_and_it_never_goes_below_one()
    {
        var concurrency = new AdaptiveConcurrency(2);

        concurrency.OnRetry(Failure(ErrorKind.Unavailable), Stopwatch.GetTimestamp());
        Assert.Equal(2, concurrency.Current);
        Assert.Null(concurrency.TakeLowering());

        concurrency.OnRetry(Failure(ErrorKind.Throttled), Stopwatch.GetTimestamp());
        concurrency.OnRetry(Failure(ErrorKind.Throttled), Stopwatch.GetTimestamp());

        Assert.Equal(1, concurrency.Current);
        Assert.Equal(1, concurrency.TakeLowering());
        Assert.Equal(3, concurrency.Retries);
    }

    [Fact]
    public void The_call_it_observes_keeps_the_options_and_takes_the_given_cancellation()
    {
        var concurrency = new AdaptiveConcurrency(4);
        using var stop = new CancellationTokenSource();
        var given = new CallContext(new RequestOptions { MaxConcurrency = 4 });

        var observed = concurrency.Observing(given, stop.Token);
        observed.RetryObserved!.Invoke(Failure(ErrorKind.Throttled), Stopwatch.GetTimestamp());

        Assert.Same(given.Options, observed.Options);
        Assert.Equal(stop.Token, observed.CancellationToken);
        Assert.Equal(2, concurrency.Current);
    }
}

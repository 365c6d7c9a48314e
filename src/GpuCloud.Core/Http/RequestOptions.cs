using System;
using GpuCloud.Models;

namespace GpuCloud.Core.Http
{
    /// <summary>Retry, timeout and concurrency settings of one call; null members fall back to the defaults.</summary>
    public sealed class RequestOptions
    {
        public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);
        public static readonly TimeSpan DefaultTotalTimeout = TimeSpan.FromMinutes(5);
        public const int DefaultMaxAttempts = 5;
        public const int DefaultMaxConcurrency = 4;

        /// <summary>Attempts per request, the first included (1 = no retry).</summary>
        public int? MaxAttempts { get; set; }

        public TimeSpan? RequestTimeout { get; set; }

        /// <summary>Budget for one request and all its retries.</summary>
        public TimeSpan? TotalTimeout { get; set; }

        /// <summary>Pages (or items) requested at once.</summary>
        public int? MaxConcurrency { get; set; }

        /// <summary>First delay of the exponential backoff; tests shorten it.</summary>
        public TimeSpan? BaseDelay { get; set; }

        public int EffectiveMaxAttempts => Math.Max(1, MaxAttempts ?? DefaultMaxAttempts);

        public TimeSpan EffectiveRequestTimeout => RequestTimeout ?? DefaultRequestTimeout;

        public TimeSpan EffectiveTotalTimeout => TotalTimeout ?? DefaultTotalTimeout;

        public int EffectiveMaxConcurrency => Math.Max(1, MaxConcurrency ?? DefaultMaxConcurrency);

        public TimeSpan EffectiveBaseDelay => BaseDelay ?? TimeSpan.FromMilliseconds(500);

        /// <summary>The values in effect, defaults filled in, under the names of the parameters that set them.</summary>
        public GpuCloudOption InEffect() => new GpuCloudOption(
            EffectiveMaxAttempts - 1,
            (int)Math.Round(EffectiveRequestTimeout.TotalSeconds),
            (int)Math.Round(EffectiveTotalTimeout.TotalSeconds),
            EffectiveMaxConcurrency);

        /// <summary>This call's settings over <paramref name="fallback"/>'s.</summary>
        public RequestOptions Over(RequestOptions? fallback)
        {
            if (fallback == null)
            {
                return this;
            }

            return new RequestOptions
            {
                MaxAttempts = MaxAttempts ?? fallback.MaxAttempts,
                RequestTimeout = RequestTimeout ?? fallback.RequestTimeout,
                TotalTimeout = TotalTimeout ?? fallback.TotalTimeout,
                MaxConcurrency = MaxConcurrency ?? fallback.MaxConcurrency,
                BaseDelay = BaseDelay ?? fallback.BaseDelay,
            };
        }
    }
}

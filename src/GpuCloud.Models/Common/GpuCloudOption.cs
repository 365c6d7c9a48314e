namespace GpuCloud.Models
{
    /// <summary>
    /// The session's request options in effect, as Set-GpuCloudOption -PassThru writes them: each under the name
    /// of the parameter that sets it, defaults filled in. A snapshot: to change the options, run Set-GpuCloudOption.
    /// </summary>
    public sealed class GpuCloudOption
    {
        public GpuCloudOption(int maximumRetryCount, int timeoutSec, int totalTimeoutSec, int maxConcurrency)
        {
            MaximumRetryCount = maximumRetryCount;
            TimeoutSec = timeoutSec;
            TotalTimeoutSec = totalTimeoutSec;
            MaxConcurrency = maxConcurrency;
        }

        /// <summary>Retries after the first attempt.</summary>
        public int MaximumRetryCount { get; }

        /// <summary>Seconds to wait for one answer.</summary>
        public int TimeoutSec { get; }

        /// <summary>Seconds one request and all its retries may take.</summary>
        public int TotalTimeoutSec { get; }

        /// <summary>Pages or items requested at once.</summary>
        public int MaxConcurrency { get; }

        public override string ToString() =>
            "MaximumRetryCount=" + MaximumRetryCount + ", TimeoutSec=" + TimeoutSec + ", TotalTimeoutSec=" + TotalTimeoutSec + ", MaxConcurrency=" + MaxConcurrency;
    }
}

using System;
using System.Management.Automation;
using GpuCloud.Core.Http;

namespace GpuCloud.PowerShell.Base
{
    /// <summary>
    /// A cmdlet that calls a provider (or, for Set-GpuCloudOption, sets how calls are made): -MaximumRetryCount and -TimeoutSec.
    /// Cmdlets that only read or change the session (Disconnect-GpuCloud, Get-GpuCloudContext) derive from GpuCloudCmdlet and lack them.
    /// </summary>
    public abstract class RequestingCmdlet : GpuCloudCmdlet
    {
        /// <summary>Retries after the first attempt when a request is throttled, times out or meets a transient failure (default 4).</summary>
        [Parameter]
        [ValidateRange(0, 20)]
        public int? MaximumRetryCount { get; set; }

        /// <summary>Seconds to wait for one answer before trying again (default 30).</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int? TimeoutSec { get; set; }

        /// <summary>This call's request settings; derived cmdlets add theirs (e.g. -MaxConcurrency).</summary>
        protected virtual RequestOptions CallOptions() => new RequestOptions
        {
            MaxAttempts = MaximumRetryCount + 1,
            RequestTimeout = TimeoutSec == null ? (TimeSpan?)null : TimeSpan.FromSeconds(TimeoutSec.Value),
        };

        /// <summary>This call's settings over the session's (Set-GpuCloudOption), with this cmdlet's streams and Ctrl+C.</summary>
        protected CallContext NewCallContext() => new CallContext(CallOptions().Over(Session.Options), this, StopRequested);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Http;
using GpuCloud.Models;
using GpuCloud.PowerShell.Base;

namespace GpuCloud.PowerShell.Commands
{
    /// <summary>
    /// Sets this session's request defaults: retries, timeouts and concurrency. A cmdlet's own
    /// -MaximumRetryCount, -TimeoutSec and -MaxConcurrency still win for that call.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "GpuCloudOption", SupportsShouldProcess = true)]
    [OutputType(typeof(GpuCloudOption))]
    public sealed class SetGpuCloudOptionCommand : RequestingCmdlet
    {
        /// <summary>Seconds one request and all its retries may take (default 300).</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int? TotalTimeoutSec { get; set; }

        /// <summary>Pages or items requested at once (default 4).</summary>
        [Parameter]
        [ValidateRange(1, 32)]
        public int? MaxConcurrency { get; set; }

        [Parameter]
        public SwitchParameter Reset { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override async Task EndProcessingAsync(CancellationToken cancellationToken)
        {
            var current = Reset.IsPresent ? new RequestOptions() : Session.Options;
            var updated = new RequestOptions
            {
                MaxAttempts = MaximumRetryCount + 1 ?? current.MaxAttempts,
                RequestTimeout = TimeoutSec == null ? current.RequestTimeout : TimeSpan.FromSeconds(TimeoutSec.Value),
                TotalTimeout = TotalTimeoutSec == null ? current.TotalTimeout : TimeSpan.FromSeconds(TotalTimeoutSec.Value),
                MaxConcurrency = MaxConcurrency ?? current.MaxConcurrency,
                BaseDelay = current.BaseDelay,
            };
            if (!await ApproveAsync("GpuCloud session options", Change()).ConfigureAwait(false))
            {
                return;
            }

            Session.Options = updated;
            if (PassThru.IsPresent)
            {
                Emit(updated.InEffect());
            }
        }

        private string Change()
        {
            var changes = new List<string>();
            if (Reset.IsPresent)
            {
                changes.Add("reset to the defaults");
            }

            void Add(string name, int? value)
            {
                if (value != null)
                {
                    changes.Add("set " + name + " to " + value.Value.ToString(CultureInfo.InvariantCulture));
                }
            }

            Add(nameof(MaximumRetryCount), MaximumRetryCount);
            Add(nameof(TimeoutSec), TimeoutSec);
            Add(nameof(TotalTimeoutSec), TotalTimeoutSec);
            Add(nameof(MaxConcurrency), MaxConcurrency);
            return changes.Count == 0 ? "Keep as they are" : char.ToUpperInvariant(changes[0][0]) + string.Join(", ", changes).Substring(1);
        }
    }
}

using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Models;
using GpuCloud.PowerShell.Base;

namespace GpuCloud.PowerShell.Commands
{
    /// <summary>Forgets this session's default connection for the given providers (all when none is named).</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "GpuCloud", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class DisconnectGpuCloudCommand : GpuCloudCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        public CloudProvider[]? Provider { get; set; }

        protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
        {
            foreach (CloudProvider provider in Provider ?? (CloudProvider[])Enum.GetValues(typeof(CloudProvider)))
            {
                if (Session.Defaults.ContainsKey(provider)
                    && await ApproveAsync(provider.ToString(), "Forget this session's connection").ConfigureAwait(false)
                    && Session.Defaults.TryRemove(provider, out _))
                {
                    EmitVerbose("Disconnected from " + provider + ".");
                }
            }
        }
    }
}

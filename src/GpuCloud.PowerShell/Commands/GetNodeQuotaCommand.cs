using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Scnet;
using GpuCloud.Models;
using GpuCloud.PowerShell.Base;
using GpuCloud.PowerShell.Completers;

namespace GpuCloud.PowerShell.Commands
{
    /// <summary>
    /// Gets the per-node resource quota of a SCNet resource group (GET /ai/openapi/v2/instance-service/resources).
    /// Binds AcceleratorType and ResourceGroup by property name, so container instances pipe into it. Each distinct pair
    /// is asked for once per command: a pair given again gets its quota, or its error, again.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "NodeQuota")]
    [OutputType(typeof(NodeQuota))]
    public sealed class GetNodeQuotaCommand : ScnetCmdlet
    {
        private readonly Dictionary<string, NodeQuota> _answered = new Dictionary<string, NodeQuota>(StringComparer.Ordinal);
        private readonly Dictionary<string, Core.Errors.GpuCloudException> _refused = new Dictionary<string, Core.Errors.GpuCloudException>(StringComparer.Ordinal);

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AcceleratorTypeCompleter))]
        public string AcceleratorType { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ResourceGroup { get; set; } = string.Empty;

        protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
        {
            var key = AcceleratorType + "\n" + ResourceGroup;
            if (_answered.TryGetValue(key, out var known))
            {
                Emit(known);
                return;
            }

            if (_refused.TryGetValue(key, out var refusal))
            {
                EmitError(refusal, ResourceGroup);
                return;
            }

            var call = NewCallContext();
            try
            {
                var client = await ClientAsync(call).ConfigureAwait(false);
                var quota = await ItemRequestAsync(ScnetClient.NodeQuotaOperation, () => client.GetNodeQuotaAsync(AcceleratorType, ResourceGroup, call)).ConfigureAwait(false);
                _answered[key] = quota;
                Emit(quota);
            }
            catch (Core.Errors.GpuCloudException failure)
            {
                if (!ConcernsOneItem(failure, ScnetClient.NodeQuotaOperation, nameof(AcceleratorType), nameof(ResourceGroup)))
                {
                    throw StopFor(failure, ScnetClient.NodeQuotaOperation);
                }

                _refused[key] = failure;
                EmitError(failure, ResourceGroup);
            }
        }
    }
}

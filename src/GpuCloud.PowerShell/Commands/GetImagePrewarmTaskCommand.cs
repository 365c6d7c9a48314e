using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Ppio;
using GpuCloud.Models;
using GpuCloud.PowerShell.Base;
using GpuCloud.PowerShell.Completers;

namespace GpuCloud.PowerShell.Commands
{
    /// <summary>Lists PPIO image prewarm tasks (GET /gpu-instance/openapi/v1/image/prewarm) with server-side filters.</summary>
    [Cmdlet(VerbsCommon.Get, "ImagePrewarmTask", SupportsPaging = true)]
    [OutputType(typeof(ImagePrewarmTask))]
    public sealed class GetImagePrewarmTaskCommand : PpioCmdlet
    {
        private readonly List<string> _clusterIds = new List<string>();
        private bool _clusterIdsGiven;

        [Parameter]
        [ValidateSet("Pending", "Running", "Succeeded", "Failed")]
        public string? State { get; set; }

        /// <summary>Binds from the ClusterId of piped records (GpuEndpoint, ImagePrewarmTask, Import-Csv rows); each cluster is one listing.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PpioClusterIdCompleter))]
        public string[]? ClusterId { get; set; }

        /// <summary>Matches image name or task note, on the server.</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? Keyword { get; set; }

        [Parameter]
        [ValidateRange(1, PpioClient.MaxPageSize)]
        public int PageSize { get; set; }

        protected override int DefaultPageSize => PpioClient.MaxPageSize;

        protected override int RequestedPageSize => PageSize;

        /// <summary>Clusters piped in (endpoints, tasks, rows of a CSV) are gathered: their listings are read at the end.</summary>
        protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
        {
            GatherClusterIds();
            return Task.CompletedTask;
        }

        protected override async Task EndProcessingAsync(CancellationToken cancellationToken)
        {
            // Clusters given on the command line are still here when no piped record could be bound (so none was processed).
            GatherClusterIds();
            if (_clusterIdsGiven ? _clusterIds.Count == 0 : MyInvocation.ExpectingInput)
            {
                // Input that names no cluster (only blank ones, or records that could not be bound) lists nothing: no
                // cluster filter at all would list the tasks of every cluster.
                return;
            }

            var client = NewClient();
            var query = new PrewarmTaskQuery { State = CanonicalState(State), Keyword = Keyword };
            var paging = NewPagingOptions();
            var totalReporter = TotalReporter(filteredOnClient: false);
            var tasks = _clusterIds.Count == 0
                ? client.ListPrewarmTasksAsync(query, paging, NewCallContext(), totalReporter)
                : client.ListPrewarmTasksAsync(query, _clusterIds, paging, NewCallContext(), totalReporter);
            await EmitAllAsync(tasks, cancellationToken).ConfigureAwait(false);
        }

        private void GatherClusterIds()
        {
            foreach (var clusterId in ClusterId ?? Array.Empty<string>())
            {
                _clusterIdsGiven = true;
                if (string.IsNullOrWhiteSpace(clusterId))
                {
                    // One blank cluster (a cell of an imported CSV) is an error of its own; the other clusters are still read.
                    EmitError(new InvalidParameterException(nameof(ClusterId), "-ClusterId must not be empty or white space."), clusterId);
                    continue;
                }

                _clusterIds.Add(clusterId);
            }

            ClusterId = null;
        }

        private static string? CanonicalState(string? state)
        {
            foreach (var known in PrewarmTaskQuery.States)
            {
                if (string.Equals(known, state, System.StringComparison.OrdinalIgnoreCase))
                {
                    return known;
                }
            }

            return state;
        }
    }
}

using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
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
        [Parameter]
        [ValidateSet("Pending", "Running", "Succeeded", "Failed")]
        public string? State { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PpioClusterIdCompleter))]
        public string? ClusterId { get; set; }

        /// <summary>Matches image name or task note, on the server.</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? Keyword { get; set; }

        [Parameter]
        [ValidateRange(1, PpioClient.MaxPageSize)]
        public int PageSize { get; set; }

        protected override int DefaultPageSize => PpioClient.MaxPageSize;

        protected override int RequestedPageSize => PageSize;

        protected override async Task EndProcessingAsync(CancellationToken cancellationToken)
        {
            var client = NewClient();
            var query = new PrewarmTaskQuery { State = CanonicalState(State), ClusterId = ClusterId, Keyword = Keyword };
            await EmitAllAsync(client.ListPrewarmTasksAsync(query, NewPagingOptions(), NewCallContext(), TotalReporter(filteredOnClient: false)), cancellationToken).ConfigureAwait(false);
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

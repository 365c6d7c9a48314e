using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Models;
using GpuCloud.PowerShell.Base;

namespace GpuCloud.PowerShell.Commands
{
    /// <summary>Shows this session's default connections (made by Connect-GpuCloud); never a secret.</summary>
    [Cmdlet(VerbsCommon.Get, "GpuCloudContext")]
    [OutputType(typeof(GpuCloudContext))]
    public sealed class GetGpuCloudContextCommand : GpuCloudCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        public CloudProvider[]? Provider { get; set; }

        protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
        {
            foreach (var context in Session.Defaults.Values.OrderBy(context => context.Provider))
            {
                if (Provider == null || Provider.Contains(context.Provider))
                {
                    Emit(context);
                }
            }

            return Task.CompletedTask;
        }
    }
}

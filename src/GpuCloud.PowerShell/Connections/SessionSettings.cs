using System.Collections.Concurrent;
using GpuCloud.Core.Http;
using GpuCloud.Models;

namespace GpuCloud.PowerShell.Connections
{
    /// <summary>What Connect-GpuCloud and Set-GpuCloudOption set for one PowerShell session (runspace).</summary>
    public sealed class SessionSettings
    {
        public ConcurrentDictionary<CloudProvider, GpuCloudContext> Defaults { get; } = new ConcurrentDictionary<CloudProvider, GpuCloudContext>();

        public RequestOptions Options { get; set; } = new RequestOptions();

        public GpuCloudContext? DefaultFor(CloudProvider provider) => Defaults.TryGetValue(provider, out var context) ? context : null;
    }
}

using System;
using GpuCloud.Models;

namespace GpuCloud.Core.Connections
{
    /// <summary>
    /// Everything a cmdlet knows about where to connect, in lookup order: explicit parameters, then
    /// -Context, then the session default, then environment variables.
    /// </summary>
    public sealed class ConnectionSources
    {
        public ConnectionSources(Func<string, string?>? environment = null)
        {
            Environment = environment ?? System.Environment.GetEnvironmentVariable;
        }

        public Uri? BaseUri { get; set; }

        public GpuCloudContext? Context { get; set; }

        public GpuCloudContext? SessionDefault { get; set; }

        public Func<string, string?> Environment { get; }

        /// <summary>-Context if it is this provider's, else the session default if it is, else none.</summary>
        public GpuCloudContext? ContextFor(CloudProvider provider) =>
            Context?.Provider == provider ? Context : SessionDefault?.Provider == provider ? SessionDefault : null;

        public string? FromEnvironment(string name)
        {
            var value = Environment(name);
            return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
        }
    }
}

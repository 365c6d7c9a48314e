using System;
using GpuCloud.Core.Errors;
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

        /// <summary>
        /// -Context, else the session default if it is this provider's, else none. A -Context of another provider is refused
        /// rather than passed over: the call would otherwise go out as the session default's account, not the one asked for.
        /// </summary>
        public GpuCloudContext? ContextFor(CloudProvider provider)
        {
            if (Context != null && Context.Provider != provider)
            {
                throw new InvalidParameterException("Context", "-Context is a " + Context.Provider + " connection (" + Context + "), but this command calls " + provider
                    + ". Pass a " + provider + " context (Connect-GpuCloud -Provider " + provider + " -PassThru), or leave -Context out.");
            }

            return Context ?? (SessionDefault?.Provider == provider ? SessionDefault : null);
        }

        public string? FromEnvironment(string name)
        {
            var value = Environment(name);
            return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
        }
    }
}

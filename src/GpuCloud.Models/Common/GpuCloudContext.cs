using System;

namespace GpuCloud.Models
{
    /// <summary>
    /// A connection to one provider, made by Connect-GpuCloud. It shows where and as whom calls go, never
    /// the secret; pass it to any cmdlet's -Context to call with that account. Its properties are read-only
    /// outside the module: the calls go where the connection was made, so the context must say just that.
    /// </summary>
    public sealed class GpuCloudContext
    {
        public GpuCloudContext(CloudProvider provider, Uri baseUri, string identity, object connection)
        {
            Provider = provider;
            BaseUri = baseUri;
            Identity = identity;
            Connection = connection;
            ConnectedAt = DateTimeOffset.UtcNow;
        }

        public CloudProvider Provider { get; }

        public Uri BaseUri { get; }

        /// <summary>Who the calls run as (user, organisation, project), never a key or token.</summary>
        public string Identity { get; }

        public string? Region { get; internal set; }

        public string? ProjectId { get; internal set; }

        /// <summary>When the current token expires, where the provider uses expiring tokens (renewed automatically).</summary>
        public DateTimeOffset? ExpiresOn => ExpiryProbe?.Invoke();

        /// <summary>Reads the live expiry from the engine, which renews tokens behind the context.</summary>
        internal Func<DateTimeOffset?>? ExpiryProbe { get; set; }

        public string AuthenticationMethod { get; internal set; } = string.Empty;

        public DateTimeOffset ConnectedAt { get; }

        /// <summary>The engine's connection object (it holds the secret); opaque outside the module.</summary>
        internal object Connection { get; }

        public override string ToString() => Provider + " " + Identity + " at " + BaseUri;
    }
}

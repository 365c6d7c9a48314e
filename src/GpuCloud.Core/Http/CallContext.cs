using System;
using System.Threading;
using GpuCloud.Core.Errors;

namespace GpuCloud.Core.Http
{
    /// <summary>What travels with every request of one cmdlet call: settings, diagnostics, cancellation.</summary>
    public sealed class CallContext
    {
        public CallContext(RequestOptions? options = null, IClientDiagnostics? diagnostics = null, CancellationToken cancellationToken = default)
        {
            Options = options ?? new RequestOptions();
            Diagnostics = diagnostics ?? NullDiagnostics.Instance;
            CancellationToken = cancellationToken;
        }

        public RequestOptions Options { get; }

        public IClientDiagnostics Diagnostics { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>
        /// Told of every retried failure, with the <see cref="System.Diagnostics.Stopwatch"/> timestamp at which the request
        /// failing it was first sent; the pager uses it to back off on throttling.
        /// </summary>
        internal Action<GpuCloudApiException, long>? RetryObserved { get; set; }

        /// <summary>
        /// When set, at most as many pages of the call are fetched at once as the gate lets through, whichever listing asks for
        /// them (several listings read together share one bound).
        /// </summary>
        internal SemaphoreSlim? RequestGate { get; set; }

        /// <summary>The retry and timeout pipeline built for this call's options, shared by its requests.</summary>
        internal Polly.ResiliencePipeline? Pipeline { get; set; }
    }
}

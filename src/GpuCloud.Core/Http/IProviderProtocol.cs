using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Models;

namespace GpuCloud.Core.Http
{
    /// <summary>What differs between providers at the HTTP level: what each request carries (authorization, required headers) and how a refusal reads.</summary>
    internal interface IProviderProtocol
    {
        CloudProvider Provider { get; }

        /// <summary>Adds authorization and the headers the provider requires; called for every attempt.</summary>
        Task PrepareAsync(HttpRequestMessage request, CallContext call, CancellationToken cancellationToken);

        Task<GpuCloudApiException> ReadFailureAsync(HttpResponseMessage response, string operation, string? requestId, CancellationToken cancellationToken);
    }
}

using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Models;

namespace GpuCloud.Core.Http
{
    /// <summary>What differs between providers at the HTTP level: how a request is authorized and how a refusal reads.</summary>
    internal interface IProviderProtocol
    {
        CloudProvider Provider { get; }

        Task AuthorizeAsync(HttpRequestMessage request, CallContext call, CancellationToken cancellationToken);

        Task<GpuCloudApiException> ReadFailureAsync(HttpResponseMessage response, string operation, string? requestId, CancellationToken cancellationToken);
    }
}

using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.ModelArts
{
    /// <summary>ModelArts: AK/SK or IAM token; refusals are <c>{error_code, error_msg}</c> with X-Request-Id (the gateway adds <c>request_id</c>).</summary>
    internal sealed class ModelArtsProtocol : IProviderProtocol
    {
        private readonly IModelArtsAuthorizer? _authorizer;

        public ModelArtsProtocol(IModelArtsAuthorizer? authorizer)
        {
            _authorizer = authorizer;
        }

        public CloudProvider Provider => CloudProvider.ModelArts;

        public Task PrepareAsync(HttpRequestMessage request, CallContext call, CancellationToken cancellationToken) =>
            _authorizer == null ? Task.CompletedTask : _authorizer.AuthorizeAsync(request, call);

        public async Task<GpuCloudApiException> ReadFailureAsync(HttpResponseMessage response, string operation, string? requestId, CancellationToken cancellationToken)
        {
            var status = (int)response.StatusCode;
            var error = await ErrorBody.TryReadAsync(response, WireJsonContext.Default.ModelArtsErrorWire, cancellationToken).ConfigureAwait(false);
            var code = error?.ErrorCode.Text;
            var message = error?.ErrorMsg.Text;
            requestId ??= error?.RequestId.Text;
            return new GpuCloudApiException(Provider, operation, KindOf(status, code), status, code, message ?? response.ReasonPhrase, requestId);
        }

        private static ErrorKind KindOf(int status, string? code)
        {
            if (code != null && code.StartsWith("APIGW.03", System.StringComparison.Ordinal) && code != "APIGW.0308")
            {
                return ErrorKind.Authentication;
            }

            return ErrorKinds.FromHttpStatus(status);
        }
    }
}

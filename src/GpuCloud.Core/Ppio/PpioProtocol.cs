using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Ppio
{
    /// <summary>PPIO: <c>Authorization: Bearer</c>; refusals are non-2xx with <c>{code, reason, message}</c> (or <c>error</c>).</summary>
    internal sealed class PpioProtocol : IProviderProtocol
    {
        private readonly PpioConnection _connection;

        public PpioProtocol(PpioConnection connection)
        {
            _connection = connection;
        }

        public CloudProvider Provider => CloudProvider.Ppio;

        public Task PrepareAsync(HttpRequestMessage request, CallContext call, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _connection.ApiKey.Reveal);

            // PPIO documents Content-Type: application/json as a required header of every call, GETs included.
            if (request.Content == null)
            {
                request.Content = new ByteArrayContent(new byte[0]);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            return Task.CompletedTask;
        }

        public async Task<GpuCloudApiException> ReadFailureAsync(HttpResponseMessage response, string operation, string? requestId, CancellationToken cancellationToken)
        {
            var status = (int)response.StatusCode;
            string? code = null;
            string? message = null;
            var error = await ErrorBody.TryReadAsync(response, WireJsonContext.Default.PpioErrorWire, cancellationToken).ConfigureAwait(false);
            if (error != null)
            {
                var reader = new FieldReader("PPIO error");
                code = reader.Text(error.Reason, "reason") ?? reader.Text(error.Code, "code");
                message = reader.Text(error.Message, "message") ?? reader.Text(error.Error, "error");
            }

            // PPIO refuses a bad key with 401 or 403 (reason INVALID_API_KEY): either way the key is the problem.
            var kind = (status == 401 || status == 403) && code != null && code.IndexOf("API_KEY", StringComparison.OrdinalIgnoreCase) >= 0
                ? ErrorKind.Authentication
                : ErrorKinds.FromHttpStatus(status);
            return new GpuCloudApiException(Provider, operation, kind, status, code, message ?? response.ReasonPhrase, requestId);
        }
    }
}

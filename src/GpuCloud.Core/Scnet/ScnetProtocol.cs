using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Scnet
{
    /// <summary>
    /// SCNet answers HTTP 200 with <c>{code, msg, data}</c>; code "0" is success. The token travels in the
    /// <c>token</c> header, added per request by the client (it may be renewed between attempts).
    /// </summary>
    internal sealed class ScnetProtocol : IProviderProtocol
    {
        public CloudProvider Provider => CloudProvider.Scnet;

        public Task PrepareAsync(HttpRequestMessage request, CallContext call, CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task<GpuCloudApiException> ReadFailureAsync(HttpResponseMessage response, string operation, string? requestId, CancellationToken cancellationToken)
        {
            var status = (int)response.StatusCode;
            var envelope = await ErrorBody.TryReadAsync(response, WireJsonContext.Default.ScnetEnvelopeJsonElement, cancellationToken).ConfigureAwait(false);
            var code = envelope?.Code.Text;
            var message = envelope?.Msg.Text ?? response.ReasonPhrase;
            var requested = response.RequestMessage?.RequestUri;
            if (status == 404 && !IsDocumentedCode(code) && requested != null)
            {
                // Not the document's "invalid parameter" (10004) but a path nothing serves: most often a base address that is off.
                message = (string.IsNullOrEmpty(message) ? "Not Found" : message) + "; nothing serves " + requested.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
                    + " (when every request fails so, the address is wrong: check -BaseUri, or -AuthBaseUri for the sign-in)";
            }

            return new GpuCloudApiException(Provider, operation, ErrorKinds.FromHttpStatus(status), status, code, message, requestId);
        }

        /// <summary>The error a non-zero envelope code stands for, or null for success.</summary>
        public static GpuCloudApiException? FailureOf(WireValue code, WireValue msg, string operation, string? requestId, ErrorKind invalidParameterKind = ErrorKind.InvalidArgument)
        {
            var codeText = code.Text?.Trim();
            if (IsSuccessCode(codeText))
            {
                return null;
            }

            var message = msg.Text;
            return new GpuCloudApiException(CloudProvider.Scnet, operation, KindOf(codeText, message, invalidParameterKind), null, string.IsNullOrEmpty(codeText) ? "NoCode" : codeText, message, requestId);
        }

        /// <summary>Whether a code is one of the document's error codes (10001 to 10012).</summary>
        private static bool IsDocumentedCode(string? code) => code != null && code.Trim().Length == 5 && code.Trim().StartsWith("100", StringComparison.Ordinal);

        /// <summary>Whether an envelope code means success: "0" as documented, or "200" as some services send.</summary>
        public static bool IsSuccessCode(string? code) => code != null && (code.Trim() == "0" || code.Trim() == "200");

        public static bool IsTokenRefusal(GpuCloudApiException failure) => IsTokenRefusal(failure.ProviderCode, failure.ProviderMessage);

        /// <summary>
        /// A refusal of the token itself (invalid or expired): 10009 or 10008 naming the token. The document gives both codes as
        /// rights refusals (没有权限访问接口, 权限不足) and names no code for a bad token; services send either with a message about the token.
        /// </summary>
        private static bool IsTokenRefusal(string? code, string? message) =>
            (code == "10009" || code == "10008") && (message ?? string.Empty).IndexOf("token", System.StringComparison.OrdinalIgnoreCase) >= 0;

        private static ErrorKind KindOf(string? code, string? message, ErrorKind invalidParameterKind)
        {
            if (IsTokenRefusal(code, message))
            {
                return ErrorKind.Authentication;
            }

            switch (code)
            {
                case "10003":
                case "10010":
                case "10011":
                    return ErrorKind.InvalidArgument;
                case "10004":
                    return invalidParameterKind;
                case "10007":
                case "10008":
                case "10009":
                    return ErrorKind.PermissionDenied;
                case "10001":
                case "10012":
                    return ErrorKind.Unavailable;
                default:
                    return ErrorKind.Failed;
            }
        }
    }
}

using System;
using System.Text;
using GpuCloud.Models;

namespace GpuCloud.Core.Errors
{
    /// <summary>A request the provider refused or could not answer.</summary>
    public sealed class GpuCloudApiException : GpuCloudException
    {
        public GpuCloudApiException(CloudProvider provider, string operation, ErrorKind kind, int? httpStatus, string? providerCode, string? providerMessage, string? requestId, Exception? inner = null)
            : base(Compose(provider, operation, httpStatus, providerCode, providerMessage, requestId), kind, inner)
        {
            Provider = provider;
            Operation = operation;
            HttpStatus = httpStatus;
            ProviderCode = providerCode;
            ProviderMessage = providerMessage;
            RequestId = requestId;
        }

        public CloudProvider Provider { get; }

        public string Operation { get; }

        public int? HttpStatus { get; }

        public string? ProviderCode { get; }

        public string? ProviderMessage { get; }

        public string? RequestId { get; }

        /// <summary>How long the server asked the caller to wait, when it said so (429, 503).</summary>
        public TimeSpan? RetryAfter { get; internal set; }

        /// <summary>A sentence added once more is known than the answer said, such as how long the server asked to wait.</summary>
        internal string? Remark { get; set; }

        public override string Message => Remark == null ? base.Message : base.Message + " " + Remark;

        /// <summary>Provider and code: the provider's own code, else the refusing HTTP status, else the kind (an answer of 200 that could not be read is no "200" error).</summary>
        public override string ErrorId => Provider + "." + (!string.IsNullOrEmpty(ProviderCode) ? ProviderCode : HttpStatus >= 300 ? HttpStatus.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : Kind.ToString()) + "," + Operation;

        private static string Compose(CloudProvider provider, string operation, int? httpStatus, string? providerCode, string? providerMessage, string? requestId)
        {
            var text = new StringBuilder();
            text.Append(ProviderNames.Display(provider)).Append(' ').Append(operation).Append(" failed");
            if (httpStatus != null)
            {
                text.Append(": HTTP ").Append(httpStatus.Value);
            }

            if (!string.IsNullOrEmpty(providerCode))
            {
                text.Append(httpStatus != null ? ", code " : ": code ").Append(providerCode);
            }

            if (!string.IsNullOrEmpty(providerMessage))
            {
                text.Append(", ").Append(providerMessage);
            }

            if (!string.IsNullOrEmpty(requestId))
            {
                text.Append(" (request id ").Append(requestId).Append(')');
            }

            return text.Append('.').ToString();
        }
    }
}

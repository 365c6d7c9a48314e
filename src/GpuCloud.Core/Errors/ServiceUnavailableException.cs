using System;

namespace GpuCloud.Core.Errors
{
    /// <summary>
    /// A service that serves none of a command's requests (it cannot be reached, is unavailable, does not answer in time, or
    /// keeps throttling past the retries):
    /// raised once, in place of the same failure for every item left. Keeps the kind of the failure it stands for.
    /// </summary>
    public sealed class ServiceUnavailableException : GpuCloudException
    {
        /// <param name="service">The service as users know it, such as "SCNet AI service".</param>
        /// <param name="address">Where the service was asked; shown without any user information it may hold.</param>
        public ServiceUnavailableException(string service, Uri? address, GpuCloudApiException failure)
            : base(Compose(service, address, failure), failure.Kind, failure)
        {
            Service = service;
            Address = address;
            Failure = failure;
        }

        public string Service { get; }

        public Uri? Address { get; }

        public GpuCloudApiException Failure { get; }

        public override string ErrorId => Failure.ErrorId + ",ServiceUnavailable";

        private static string Compose(string service, Uri? address, GpuCloudApiException failure)
        {
            var at = address == null ? string.Empty : " at " + address.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
            return "The " + service + at + " " + State(failure.Kind) + ": " + failure.Message
                + " The command stopped instead of failing every item left in turn; " + Advice(failure.Kind);
        }

        private static string State(ErrorKind kind)
        {
            switch (kind)
            {
                case ErrorKind.Connection:
                    return "cannot be reached";
                case ErrorKind.Timeout:
                    return "is unavailable (it does not answer in time)";
                case ErrorKind.Throttled:
                    return "keeps throttling requests";
                default:
                    return "is unavailable";
            }
        }

        private static string Advice(ErrorKind kind)
        {
            switch (kind)
            {
                case ErrorKind.Connection:
                    return "check the address and the network, or try again later.";
                case ErrorKind.Throttled:
                    return "try again later, or with a lower -MaxConcurrency or a higher -MaximumRetryCount.";
                default:
                    return "try again later.";
            }
        }
    }
}

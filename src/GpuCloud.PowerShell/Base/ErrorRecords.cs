using System;
using System.Management.Automation;
using GpuCloud.Core.Errors;

namespace GpuCloud.PowerShell.Base
{
    /// <summary>Engine failures to ErrorRecords: category from the error kind, id from provider and code.</summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord From(Exception failure, object? target)
        {
            if (failure is GpuCloudException known)
            {
                var record = new ErrorRecord(known, known.ErrorId, CategoryOf(known.Kind), target);
                var advice = Advice(known);
                var shown = Naming(known.Message, target);
                if (advice != null || !ReferenceEquals(shown, known.Message))
                {
                    record.ErrorDetails = new ErrorDetails(shown) { RecommendedAction = advice };
                }

                return record;
            }

            if (failure is ArgumentException argument)
            {
                return new ErrorRecord(argument, "GpuCloud.InvalidArgument", ErrorCategory.InvalidArgument, target);
            }

            return new ErrorRecord(new InvalidOperationException("GpuCloud failed unexpectedly: " + failure.GetBaseException().Message), "GpuCloud.Unexpected", ErrorCategory.NotSpecified, target);
        }

        /// <summary>
        /// The message as shown, naming the item it concerns (an id, a resource group) when the provider's message does not:
        /// one error per item reads the same for every item otherwise (an HTTP 503 for each of several ids).
        /// </summary>
        private static string Naming(string message, object? target) =>
            target is string item && item.Trim().Length > 0 && message.IndexOf(item, StringComparison.Ordinal) < 0
                ? message.TrimEnd('.') + " (for '" + item + "')."
                : message;

        public static ErrorCategory CategoryOf(ErrorKind kind)
        {
            switch (kind)
            {
                case ErrorKind.Authentication:
                    return ErrorCategory.AuthenticationError;
                case ErrorKind.PermissionDenied:
                    return ErrorCategory.PermissionDenied;
                case ErrorKind.NotFound:
                    return ErrorCategory.ObjectNotFound;
                case ErrorKind.InvalidArgument:
                case ErrorKind.Configuration:
                    return ErrorCategory.InvalidArgument;
                case ErrorKind.Throttled:
                    return ErrorCategory.LimitsExceeded;
                case ErrorKind.Unavailable:
                    return ErrorCategory.ResourceUnavailable;
                case ErrorKind.Timeout:
                    return ErrorCategory.OperationTimeout;
                case ErrorKind.Connection:
                    return ErrorCategory.ConnectionError;
                case ErrorKind.InvalidResponse:
                    return ErrorCategory.InvalidResult;
                default:
                    return ErrorCategory.NotSpecified;
            }
        }

        private static string? Advice(GpuCloudException failure)
        {
            switch (failure.Kind)
            {
                case ErrorKind.Authentication:
                    return "Check the credentials (Connect-GpuCloud, or the provider's environment variables) and try again.";
                case ErrorKind.Throttled:
                    return "The provider is throttling requests; wait and retry, or lower -MaxConcurrency.";
                default:
                    return null;
            }
        }
    }
}

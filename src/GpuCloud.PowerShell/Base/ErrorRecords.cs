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
                if (advice != null)
                {
                    record.ErrorDetails = new ErrorDetails(known.Message) { RecommendedAction = advice };
                }

                return record;
            }

            if (failure is ArgumentException argument)
            {
                return new ErrorRecord(argument, "GpuCloud.InvalidArgument", ErrorCategory.InvalidArgument, target);
            }

            return new ErrorRecord(new InvalidOperationException("GpuCloud failed unexpectedly: " + failure.GetBaseException().Message), "GpuCloud.Unexpected", ErrorCategory.NotSpecified, target);
        }

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

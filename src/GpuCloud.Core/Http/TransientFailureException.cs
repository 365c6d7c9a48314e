using System;
using GpuCloud.Core.Errors;

namespace GpuCloud.Core.Http
{
    /// <summary>Carries a failure that is worth another attempt through the retry strategy.</summary>
    internal sealed class TransientFailureException : Exception
    {
        public TransientFailureException(GpuCloudApiException failure)
            : base(failure.Message, failure)
        {
            Failure = failure;
        }

        public GpuCloudApiException Failure { get; }
    }
}

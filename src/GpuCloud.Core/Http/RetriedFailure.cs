using GpuCloud.Core.Errors;

namespace GpuCloud.Core.Http
{
    internal sealed class RetriedFailure
    {
        public RetriedFailure(GpuCloudApiException failure, int attempt)
        {
            Failure = failure;
            Attempt = attempt;
        }

        public GpuCloudApiException Failure { get; }

        public int Attempt { get; }
    }
}

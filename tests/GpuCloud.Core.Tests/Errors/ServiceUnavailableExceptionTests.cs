using GpuCloud.Core.Errors;
using GpuCloud.Models;

namespace GpuCloud.Core.Tests.Errors;

/// <summary>The one error that stops a command whose service serves no request.</summary>
public sealed class ServiceUnavailableExceptionTests
{
    [Fact]
    public void It_names_the_address_without_its_user_information_and_keeps_the_failure_kind_and_id()
    {
        var failure = new GpuCloudApiException(CloudProvider.Scnet, "GetContainerInstance", ErrorKind.Unavailable, 503, null, "Service Unavailable", null);

        var stop = new ServiceUnavailableException("SCNet AI service", new Uri("https://someone:hunter2@ai.example.com:65106/"), failure);

        Assert.Equal(ErrorKind.Unavailable, stop.Kind);
        Assert.Equal("Scnet.503,GetContainerInstance,ServiceUnavailable", stop.ErrorId);
        Assert.StartsWith("The SCNet AI service at https://ai.example.com:65106/ is unavailable: SCNet GetContainerInstance failed: HTTP 503", stop.Message);
        Assert.EndsWith("try again later.", stop.Message);
        Assert.DoesNotContain("hunter2", stop.Message);
        Assert.DoesNotContain("someone", stop.Message);
    }

    [Theory]
    [InlineData(ErrorKind.Connection, "cannot be reached", "check the address and the network, or try again later.")]
    [InlineData(ErrorKind.Timeout, "is unavailable (it does not answer in time)", "try again later.")]
    [InlineData(ErrorKind.Throttled, "keeps throttling requests", "try again later, or with a lower -MaxConcurrency or a higher -MaximumRetryCount.")]
    public void It_says_how_the_service_failed(ErrorKind kind, string state, string advice)
    {
        var failure = new GpuCloudApiException(CloudProvider.Scnet, "GetNodeQuota", kind, null, null, "no answer", null);

        var stop = new ServiceUnavailableException("SCNet AI service", new Uri("http://127.0.0.1:1/"), failure);

        Assert.StartsWith("The SCNet AI service at http://127.0.0.1:1/ " + state + ": ", stop.Message);
        Assert.EndsWith(advice, stop.Message);
        Assert.Same(failure, stop.Failure);
    }
}

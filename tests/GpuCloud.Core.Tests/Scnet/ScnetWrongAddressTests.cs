using System.Net;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Scnet;
using GpuCloud.Core.Tests.Http;

namespace GpuCloud.Core.Tests.Scnet;

/// <summary>An HTTP 404 that is not one of the document's codes says which address nothing serves, and what to check.</summary>
public sealed class ScnetWrongAddressTests
{
    private static ScnetClient Client(StubHandler handler) => StubScnet.Client(handler, "https://ai.example.com/wrong");

    private static CallContext Call() => StubScnet.CallOnce();

    [Theory]
    [InlineData("{\"code\":\"404\",\"msg\":\"not found\"}", "not found")]
    [InlineData("<html><body>404 Not Found</body></html>", "Not Found")]
    public async Task A_404_from_a_path_nothing_serves_names_the_address_and_the_parameter_to_check(string body, string said)
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => Client(new StubHandler().Then(HttpStatusCode.NotFound, body)).GetNodeQuotaAsync("gpu", "TeslaM40", Call()));

        Assert.Equal(ErrorKind.NotFound, failure.Kind);
        Assert.StartsWith(said + "; nothing serves https://ai.example.com/wrong/ai/openapi/v2/instance-service/resources (", failure.ProviderMessage);
        Assert.Contains("check -BaseUri", failure.Message);
        Assert.DoesNotContain("TeslaM40", failure.Message);
    }

    [Fact]
    public async Task A_404_that_carries_the_documents_invalid_parameter_code_is_left_as_it_is()
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => Client(new StubHandler().Then(HttpStatusCode.NotFound, "{\"code\":\"10004\",\"msg\":\"参数无效\"}")).GetContainerInstanceAsync("abc", Call()));

        Assert.Equal("参数无效", failure.ProviderMessage);
    }
}
